package org.cptx.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import jakarta.servlet.http.HttpServletRequest;
import org.cptx.terminology.Messages;

/**
 * Refuses, before HAPI routes a request, what this read-only JSON/XML server never does: writes (create, update,
 * patch, delete, transactions) and response formats other than JSON and XML (a refused format is
 * named by the servlet layer in the {@link #UNSUPPORTED_FORMAT} request attribute).
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
    boolean allowed = switch (method) {
      case "GET", "HEAD", "OPTIONS" -> true;
      case "POST" -> operation;
      default -> false;
    };
    if (!allowed) {
      throw Messages.readOnly(method + " " + (path.isEmpty() ? "/" : path));
    }
    Object refused = request.getAttribute(UNSUPPORTED_FORMAT);
    if (refused != null) {
      throw Messages.unsupportedFormat(refused.toString());
    }
    return true;
  }
}
