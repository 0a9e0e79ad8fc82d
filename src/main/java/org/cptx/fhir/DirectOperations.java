package org.cptx.fhir;

import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.ServletRequestTracing;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cptx.fhir.encoding.StreamedAnswerInterceptor;

/**
 * Answers the plainest operation calls, the ones code pickers and validators send most, without
 * HAPI's routing: a GET of a type-level operation ({@code CodeSystem/$lookup}, {@code
 * ValueSet/$expand}, ...) answered as compact JSON, with no {@code _} parameter other than {@code
 * _format}. The call goes to the same provider method HAPI would call, with the query parsed as
 * HAPI parses it, and the answer is written by cptx's JSON writers ({@code JsonAnswers}, as {@code
 * StreamedAnswerInterceptor} writes it on HAPI's path; {@code JsonExpansions}, straight from the
 * engine's expansion).
 *
 * <p>Anything else is left to HAPI, which then handles the request from the start: any other
 * request, a format the servlet layer refused, an answer other than a success (an operation that
 * throws, so that HAPI makes the error answer, an OperationOutcome with its status), and an answer
 * the writer does not know. The operations are reads, so running one again for HAPI changes
 * nothing.
 */
final class DirectOperations {

  private final RestfulServer server;
  private final Map<String, Function<RequestDetails, Optional<byte[]>>> operations;

  /**
   * @param operations by path below the FHIR base, e.g. {@code CodeSystem/$lookup}: the provider
   *     method HAPI binds to it, called at type level, with its answer written as JSON (empty: a
   *     shape the writers leave to HAPI)
   */
  DirectOperations(
      RestfulServer server, Map<String, Function<RequestDetails, Optional<byte[]>>> operations) {
    this.server = server;
    Map<String, Function<RequestDetails, Optional<byte[]>>> byPathInfo = new HashMap<>();
    operations.forEach((path, operation) -> byPathInfo.put("/" + path, operation));
    this.operations = Map.copyOf(byPathInfo);
  }

  /** True when the request was answered here; false when HAPI is to handle it. */
  boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Function<RequestDetails, Optional<byte[]>> operation = operationOf(request);
    if (operation == null) {
      return false;
    }
    Map<String, String[]> params = parameters(request.getQueryString());
    if (params == null) {
      return false;
    }
    ServletRequestDetails details = details(request, response, params);
    RestfulServerUtils.ResponseEncoding encoding = StreamedAnswerInterceptor.compactJson(details);
    if (encoding == null) {
      return false;
    }
    Optional<byte[]> json = answer(operation, details);
    if (json.isEmpty()) {
      return false;
    }
    if (response.getStatus() != 200) {
      response.setStatus(200);
    }
    server.addHeadersToResponse(response);
    // one header change instead of a type, then a charset: the same Content-Type
    response.setContentType(encoding.getResourceContentType() + ";charset=utf-8");
    response.getOutputStream().write(json.get());
    return true;
  }

  /** The operation a GET names at type level, if it is one answered here. */
  private Function<RequestDetails, Optional<byte[]>> operationOf(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        || request.getAttribute(RequestGuardInterceptor.UNSUPPORTED_FORMAT) != null) {
      return null;
    }
    String path = request.getPathInfo();
    return path == null ? null : operations.get(path);
  }

  /**
   * The query parsed as HAPI parses it ({@link QueryStrings}); null when it names a {@code _}
   * parameter other than {@code _format} ({@code _pretty}, {@code _summary}, {@code _elements},
   * ...), which HAPI applies.
   */
  private static Map<String, String[]> parameters(String query) {
    if (query == null || query.isEmpty()) {
      return new HashMap<>();
    }
    Map<String, String[]> params;
    try {
      params = QueryStrings.parse(query);
    } catch (RuntimeException e) {
      return null;
    }
    return StreamedAnswerInterceptor.onlyFormat(params.keySet()) ? params : null;
  }

  private ServletRequestDetails details(
      HttpServletRequest request, HttpServletResponse response, Map<String, String[]> params) {
    ServletRequestDetails details = new ServletRequestDetails(server.getInterceptorService());
    details.setServer(server);
    details.setServletRequest(request);
    details.setServletResponse(response);
    details.setRequestType(RequestTypeEnum.GET);
    details.setParameters(params);
    Object id = request.getAttribute(ServletRequestTracing.ATTRIBUTE_REQUEST_ID);
    if (id != null) {
      details.setRequestId(id.toString());
    }
    String path = request.getPathInfo().substring(1);
    int slash = path.indexOf('/');
    details.setRequestPath(path);
    details.setResourceName(path.substring(0, slash));
    details.setOperation(path.substring(slash + 1));
    return details;
  }

  /** The operation's answer as JSON; empty when it failed or the writer does not know it. */
  private static Optional<byte[]> answer(
      Function<RequestDetails, Optional<byte[]>> operation, ServletRequestDetails details) {
    try {
      return operation.apply(details);
    } catch (RuntimeException e) {
      return Optional.empty(); // HAPI runs it again and makes the error answer
    }
  }
}
