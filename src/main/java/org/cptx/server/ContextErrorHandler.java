package org.cptx.server;

import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors of the servlet context (the web app's missing files, a servlet's {@code
 * sendError}) as {@link FhirErrorHandler} answers Jetty's: an OperationOutcome, for every method.
 */
final class ContextErrorHandler extends ErrorHandler {

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected boolean generateAcceptableResponse(
      Request request,
      Response response,
      Callback callback,
      String contentType,
      List<Charset> charsets,
      int code,
      String message,
      Throwable cause) {
    FhirErrorHandler.write(response, code, callback);
    return true;
  }
}
