package org.cptx.server;

import java.nio.ByteBuffer;
import org.cptx.terminology.messages.RequestMessages;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself, before a request reaches the FHIR servlet (a URI or
 * headers too long, a malformed request): a JSON OperationOutcome with a Date and a Content-Length,
 * never Jetty's HTML error page.
 */
final class FhirErrorHandler extends ErrorHandler {

  private static final String CONTENT_TYPE = "application/fhir+json;charset=utf-8";

  FhirErrorHandler() {}

  @Override
  public boolean errorPageForMethod(String method) {
    return true; // every error has an OperationOutcome, whatever the method (OPTIONS, PROPFIND,
    // ...)
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    write(response, code, callback);
  }

  /**
   * Writes the OperationOutcome of an error Jetty raised (also for the servlet context's errors).
   */
  static void write(Response response, int code, Callback callback) {
    byte[] body = body(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.DATE, HttpDate.now());
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    // Jetty drops the connection after an error it raises itself: say so, so clients do not reuse
    // it
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    fields.put(HttpHeader.DATE, HttpDate.now());
    fields.put(HttpHeader.CONNECTION, "close");
    return ByteBuffer.wrap(body(status));
  }

  private static byte[] body(int status) {
    return Outcomes.json(RequestMessages.requestRefused(status, HttpStatus.getMessage(status)));
  }
}
