package org.cptx.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.slf4j.MDC;

/**
 * Puts the request's id ({@link RequestIds}) in the logging context ({@code requestId}) while it is worked on, and
 * shows it to the servlets as the request's {@code X-Request-Id} (HAPI echoes that header, and would otherwise
 * replace the id with one of its own).
 */
final class RequestIdFilter implements Filter {

  static final String MDC_KEY = "requestId";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = ((HttpServletResponse) response).getHeader(RequestIds.HEADER);
    if (id == null) {
      chain.doFilter(request, response);
      return;
    }
    MDC.put(MDC_KEY, id);
    try {
      chain.doFilter(new WithId((HttpServletRequest) request, id), response);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  private static final class WithId extends HttpServletRequestWrapper {
    private final String id;

    WithId(HttpServletRequest request, String id) {
      super(request);
      this.id = id;
    }

    @Override
    public String getHeader(String name) {
      return RequestIds.HEADER.equalsIgnoreCase(name) ? id : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return RequestIds.HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(id)) : super.getHeaders(name);
    }
  }
}
