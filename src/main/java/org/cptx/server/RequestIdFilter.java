package org.cptx.server;

import ca.uhn.fhir.rest.server.ServletRequestTracing;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Puts the request's id ({@link RequestIds}) in the logging context ({@code requestId}) while it is
 * worked on, gives it to HAPI as its request id, and keeps servlets from replacing it in the answer
 * (HAPI would set one of its own).
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
    // HAPI takes it as its own request id instead of drawing a random one for each request
    request.setAttribute(ServletRequestTracing.ATTRIBUTE_REQUEST_ID, id);
    try {
      chain.doFilter(request, new KeepsId((HttpServletResponse) response));
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  /**
   * Keeps the id: HAPI sets an {@code X-Request-ID} of its own unless it likes the one the client
   * sent.
   */
  private static final class KeepsId extends HttpServletResponseWrapper {
    KeepsId(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!RequestIds.HEADER.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      setHeader(name, value);
    }
  }
}
