package org.cptx.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /health}: 200 with {@code {"status":"up"}} once the server answers (it opens its port only when all
 * content is loaded, so up means ready). Open without a token, for load balancers and orchestrators.
 */
final class HealthServlet extends HttpServlet {

  private static final byte[] UP = "{\"status\":\"up\"}".getBytes(StandardCharsets.UTF_8);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Date", HttpDate.now());
    response.setContentLength(UP.length);
    response.getOutputStream().write(UP);
  }
}
