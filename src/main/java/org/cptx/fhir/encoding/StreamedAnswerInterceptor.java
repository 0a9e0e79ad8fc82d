package org.cptx.fhir.encoding;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.server.BaseRestfulResponse;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Sends a successful operation answer ({@code Parameters}, or a {@code ValueSet} with an expansion)
 * written by {@link JsonAnswers} instead of HAPI's encoder, when HAPI would send it as compact JSON
 * with nothing else to apply: JSON chosen by {@code _format} or {@code Accept}, no {@code _pretty},
 * {@code _summary}, {@code _elements} or other {@code _} parameter. The headers HAPI sends with an
 * answer (X-Powered-By, X-Request-ID, ...) go out as well. Routing, content negotiation, errors and
 * every other answer stay HAPI's; an answer the writer does not know goes to HAPI too.
 */
public final class StreamedAnswerInterceptor {

  /** False: cptx sent the answer; true: HAPI goes on and encodes it. */
  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean outgoing(
      RequestDetails request, ResponseDetails details, HttpServletResponse response)
      throws IOException {
    RequestTypeEnum type = request.getRequestType();
    if (details.getResponseCode() != 200
        || details.getResponseResource() == null
        || (type != RequestTypeEnum.GET && type != RequestTypeEnum.POST)
        || !onlyFormat(request.getParameters().keySet())) {
      return true;
    }
    RestfulServerUtils.ResponseEncoding encoding = compactJson(request);
    if (encoding == null) {
      return true;
    }
    Optional<byte[]> json = JsonAnswers.utf8(details.getResponseResource());
    if (json.isEmpty()) {
      return true;
    }
    response.setStatus(200);
    if (request.getServer() instanceof RestfulServer server) {
      server.addHeadersToResponse(response);
    }
    if (request.getResponse() instanceof BaseRestfulResponse<?> restful) {
      restful
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    }
    response.setContentType(encoding.getResourceContentType());
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(json.get());
    return false;
  }

  /**
   * Whether the parameters name no {@code _} parameter other than {@code _format}: none of {@code
   * _pretty}, {@code _summary}, {@code _elements}, ..., which HAPI applies to an answer.
   */
  public static boolean onlyFormat(java.util.Collection<String> names) {
    for (String name : names) {
      if (name.startsWith("_") && !name.equals("_format")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The encoding HAPI would answer this request with, when it is compact JSON (by {@code _format},
   * {@code Accept} or the default, not pretty-printed); null otherwise.
   */
  public static RestfulServerUtils.ResponseEncoding compactJson(RequestDetails request) {
    RestfulServerUtils.ResponseEncoding encoding =
        RestfulServerUtils.determineResponseEncodingWithDefault(request);
    return encoding == null
            || encoding.getEncoding() != EncodingEnum.JSON
            || RestfulServerUtils.prettyPrintResponse(request.getServer(), request)
        ? null
        : encoding;
  }
}
