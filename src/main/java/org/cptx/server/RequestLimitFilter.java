package org.cptx.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.RequestMessages;

/**
 * The first check of every request, before any parsing: a known HTTP method, a body format cptx
 * reads, a query string within the parameter limit, and a body within the size limit (refused with
 * a 413 from its Content-Length, or once the limit is passed while reading) whose numbers are not
 * built to explode when expanded. A body that passes is kept in memory and handed on.
 */
final class RequestLimitFilter implements Filter {

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");
  static final String ALLOW = "GET, HEAD, POST, OPTIONS";

  private final long maxBody;

  RequestLimitFilter(long maxBody) {
    this.maxBody = maxBody;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String method = request.getMethod();
    if ("OPTIONS".equals(method)) {
      response.setHeader("Allow", ALLOW);
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    boolean fhir = request.getRequestURI().startsWith("/fhir");
    if (!METHODS.contains(method) || (!fhir && !method.equals("GET") && !method.equals("HEAD"))) {
      response.setHeader("Allow", ALLOW);
      refuse(response, 405, RequestMessages.methodNotAllowed(method));
      return;
    }
    Issue problem = headProblem(request);
    if (problem != null) {
      refuse(
          response,
          problem.messageId().equals("CPTX_CONTENT_TYPE_UNSUPPORTED") ? 415 : 400,
          problem);
      return;
    }
    if (request.getContentLengthLong() > maxBody) {
      refuse(response, 413, RequestMessages.bodyTooLarge(maxBody));
      return;
    }
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    long declared = request.getContentLengthLong();
    byte[] body = new byte[(int) Math.min(maxBody + 1, declared >= 0 ? declared + 1 : 8192)];
    Body read = read(request.getInputStream(), body, maxBody);
    if (read == null) {
      refuse(response, 413, RequestMessages.bodyTooLarge(maxBody));
      return;
    }
    body = read.bytes();
    int length = read.length();
    String number =
        NumberScanner.tooLarge(
            body, length, isXml(request.getHeader("Content-Type"), body, length));
    if (number != null) {
      refuse(response, 400, RequestMessages.numberTooLarge(number));
      return;
    }
    chain.doFilter(new CachedBody(request, body, length), response);
  }

  /** What is wrong with the request line and headers, or null. */
  private static Issue headProblem(HttpServletRequest request) {
    String type =
        request.getHeader("Content-Type"); // Jetty's getContentType() throws for an unknown charset
    if (type != null) {
      String t = type.toLowerCase(Locale.ROOT);
      if (t.contains("turtle")
          || t.contains("rdf")
          || t.contains("triples")
          || t.contains("n3")
          || !knownCharset(t)) {
        return RequestMessages.contentTypeUnsupported(type);
      }
    }
    return queryProblem(request.getQueryString());
  }

  /** Whether the content type names no charset, or one this JVM has. */
  private static boolean knownCharset(String type) {
    int at = type.indexOf("charset=");
    if (at < 0) {
      return true;
    }
    String name = type.substring(at + 8).split("[;,\\s]")[0].replace("\"", "");
    try {
      return java.nio.charset.Charset.isSupported(name);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static Issue queryProblem(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    if (QueryScan.pairs(query) > Limits.MAX_PARAMETERS) {
      return RequestMessages.tooManyQueryParameters(query.split("&").length);
    }
    int from = 0;
    while (from < query.length()) {
      int end = query.indexOf('&', from);
      end = end < 0 ? query.length() : end;
      Issue problem = end > from ? pairProblem(query, from, end) : null;
      if (problem != null) {
        return problem;
      }
      from = end + 1;
    }
    return null;
  }

  /**
   * What is wrong with one {@code name=value} pair, or null. A pair whose %-escapes are all two hex
   * digits is checked on its characters; any other is decoded first, as it was always checked.
   */
  private static Issue pairProblem(String query, int from, int end) {
    int eq = query.indexOf('=', from);
    eq = eq >= end ? -1 : eq;
    int nameEnd = eq < 0 ? end : eq;
    int name = QueryScan.controls(query, from, nameEnd, false);
    int value = eq < 0 ? QueryScan.NONE : QueryScan.controls(query, eq + 1, end, true);
    if (name == QueryScan.IRREGULAR || value == QueryScan.IRREGULAR) {
      return decodedPairProblem(query.substring(from, end));
    }
    if (nameEnd == from || name == QueryScan.FOUND) {
      return RequestMessages.badQuery(
          "a parameter has an empty name or one with control characters");
    }
    return value == QueryScan.FOUND ? decodedPairProblem(query.substring(from, end)) : null;
  }

  private static Issue decodedPairProblem(String pair) {
    int eq = pair.indexOf('=');
    String name;
    String value;
    try {
      name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return RequestMessages.badQuery("a malformed %-escape in '" + pair + "'");
    }
    if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return RequestMessages.badQuery(
          "a parameter has an empty name or one with control characters");
    }
    if (value
        .chars()
        .anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)) {
      return RequestMessages.badQuery("the value of '" + name + "' holds control characters");
    }
    return null;
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  /**
   * Reads the whole body, growing the buffer up to the limit; null once the body is over the limit.
   */
  private static Body read(InputStream in, byte[] buffer, long max) throws IOException {
    byte[] target = buffer;
    int length = 0;
    int n;
    while ((n = in.read(target, length, target.length - length)) >= 0) {
      length += n;
      if (length > max) {
        return null;
      }
      if (length == target.length) {
        target = java.util.Arrays.copyOf(target, (int) Math.min(max + 1, 2L * target.length));
      }
    }
    return new Body(target, length);
  }

  private record Body(byte[] bytes, int length) {}

  private static boolean isXml(String contentType, byte[] body, int length) {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml")) {
      return true;
    }
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(body[i])) {
        return body[i] == '<';
      }
    }
    return false;
  }

  private static void refuse(HttpServletResponse response, int status, Issue issue)
      throws IOException {
    if (status == 413) {
      response.setHeader("Connection", "close");
    }
    Outcomes.send(response, status, issue);
  }
}
