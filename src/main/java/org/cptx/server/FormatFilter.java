package org.cptx.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cptx.fhir.RequestGuardInterceptor;

/**
 * Spots a request for a response format cptx does not produce (a {@code _format} other than JSON or
 * XML, or an Accept header asking only for RDF). Such a request goes on with JSON asked for, so
 * that its error can be written, and carries the refused format in the {@link
 * RequestGuardInterceptor#UNSUPPORTED_FORMAT} attribute for the FHIR layer to refuse with a 406.
 */
public final class FormatFilter implements Filter {

  private static final Set<String> FORMATS =
      Set.of(
          "json",
          "xml",
          "application/json",
          "application/xml",
          "text/json",
          "text/xml",
          "application/fhir+json",
          "application/fhir+xml",
          "application/json+fhir",
          "application/xml+fhir",
          "html",
          "text/html");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String refused = refusedFormat(http);
    if (refused == null) {
      chain.doFilter(request, response);
      return;
    }
    http.setAttribute(RequestGuardInterceptor.UNSUPPORTED_FORMAT, refused);
    chain.doFilter(new JsonOnly(http), response);
  }

  static String refusedFormat(HttpServletRequest request) {
    String[] formats = mayNameFormat(request) ? request.getParameterValues("_format") : null;
    if (formats != null) {
      for (String format : formats) {
        if (!FORMATS.contains(format.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
          return format;
        }
      }
    }
    String accept = request.getHeader("Accept");
    if (accept != null) {
      String a = accept.toLowerCase(Locale.ROOT);
      boolean rdf = a.contains("turtle") || a.contains("rdf");
      if (rdf && !a.contains("json") && !a.contains("xml") && !a.contains("*/*")) {
        return accept;
      }
    }
    return null;
  }

  /**
   * Whether the request may have a {@code _format} parameter: false for a GET or HEAD whose query
   * names none (no name is {@code _format}, and none is escaped) and is plain ASCII ({@link
   * QueryScan#plainAscii}), so that the servlet layer's parameters need not be parsed; any other
   * request is asked for them, and the servlet layer refuses a query it cannot decode, as before.
   */
  private static boolean mayNameFormat(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return true;
    }
    String query = request.getQueryString();
    if (query == null) {
      return false;
    }
    if (!QueryScan.plainAscii(query)) {
      return true; // the servlet layer checks such a query as it decodes it, and may refuse it
    }
    int from = 0;
    while (from < query.length()) {
      int end = query.indexOf('&', from);
      end = end < 0 ? query.length() : end;
      int eq = query.indexOf('=', from);
      int nameEnd = eq < 0 || eq > end ? end : eq;
      String name = query.substring(from, nameEnd);
      if (name.equals("_format") || name.indexOf('%') >= 0 || name.indexOf('+') >= 0) {
        return true;
      }
      from = end + 1;
    }
    return false;
  }

  /** The request without its {@code _format} and with JSON as the accepted type. */
  private static final class JsonOnly extends HttpServletRequestWrapper {
    private static final String JSON = "application/fhir+json";

    JsonOnly(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      if (query == null) {
        return null;
      }
      return Arrays.stream(query.split("&"))
          .filter(p -> !p.startsWith("_format=") && !p.equals("_format"))
          .collect(Collectors.joining("&"));
    }

    @Override
    public String getParameter(String name) {
      return "_format".equals(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return "_format".equals(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
      map.remove("_format");
      return map;
    }

    @Override
    public String getHeader(String name) {
      return "accept".equalsIgnoreCase(name) ? JSON : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "accept".equalsIgnoreCase(name)
          ? Collections.enumeration(Set.of(JSON))
          : super.getHeaders(name);
    }
  }
}
