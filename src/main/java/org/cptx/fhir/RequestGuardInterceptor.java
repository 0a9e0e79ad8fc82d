package org.cptx.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import jakarta.servlet.http.HttpServletRequest;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.RequestMessages;

/**
 * Refuses, before HAPI routes a request, what this read-only JSON/XML server never does: writes
 * (create, update, patch, delete, transactions) and response formats other than JSON and XML (a
 * refused format is named by the servlet layer in the {@link #UNSUPPORTED_FORMAT} request
 * attribute).
 */
@Interceptor
public final class RequestGuardInterceptor {

  /** The request attribute naming a response format the servlet layer found unsupported. */
  public static final String UNSUPPORTED_FORMAT = "cptx.unsupportedFormat";

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
  public boolean guard(HttpServletRequest request) {
    String method = request.getMethod();
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    boolean operation = path.contains("$") || path.endsWith("/_search");
    boolean base =
        path.isEmpty() || path.equals("/"); // a batch Bundle (a transaction is refused once parsed)
    boolean allowed =
        switch (method) {
          case "GET", "HEAD", "OPTIONS" -> true;
          case "POST" -> operation || base;
          default -> false;
        };
    if (!allowed) {
      drain(request);
      throw RequestMessages.readOnly(method + " " + (path.isEmpty() ? "/" : path));
    }
    Object refused = request.getAttribute(UNSUPPORTED_FORMAT);
    if (refused != null) {
      throw RequestMessages.unsupportedFormat(refused.toString());
    }
    return true;
  }

  /**
   * Reads and drops the body of a refused request (up to the body limit), so the connection stays
   * usable for the client's next request instead of being closed under it.
   */
  private static void drain(HttpServletRequest request) {
    try (var in = request.getInputStream()) {
      in.skipNBytes(Math.min(Math.max(request.getContentLengthLong(), 0), Limits.MAX_BODY_BYTES));
    } catch (java.io.IOException | RuntimeException e) {
      // the refusal is answered all the same; the connection may then be closed
    }
  }
}
