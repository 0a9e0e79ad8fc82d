package org.cptx.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every answer, the web app's and the FHIR API's: a Content-Security-Policy
 * that lets the web app load its own scripts, styles and data only (and read back the files it
 * makes itself, such as a CSV download, as {@code blob:} URLs) and never be framed, no MIME
 * sniffing, no referrer sent to other sites; and no {@code X-Powered-By}.
 */
final class SecurityHeadersFilter implements Filter {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("Content-Security-Policy", CSP);
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setHeader("Referrer-Policy", "no-referrer");
    http.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(request, new NoPoweredBy(http));
  }

  /** Drops the {@code X-Powered-By} header a library may set. */
  private static final class NoPoweredBy extends HttpServletResponseWrapper {
    NoPoweredBy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"X-Powered-By".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"X-Powered-By".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
