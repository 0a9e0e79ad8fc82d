package org.cptx.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Health for load balancers and orchestrators, open without a token. {@code GET /livez} (and its
 * older name {@code /health}): 200 {@code {"status":"up"}} whenever the process answers. {@code GET
 * /readyz}: 200 {@code {"status":"ready"}} while the server takes work; 503 {@code
 * {"status":"not-ready","reason":...}} while it starts or stops.
 */
final class HealthServlet extends HttpServlet {

  static final String LIVE = "/livez";
  static final String HEALTH = "/health";
  static final String READY = "/readyz";

  private final transient Readiness readiness;

  HealthServlet(Readiness readiness) {
    this.readiness = readiness;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (READY.equals(request.getServletPath())) {
      Readiness.State state = readiness.state();
      if (state == Readiness.State.READY) {
        send(response, 200, "{\"status\":\"ready\"}");
      } else {
        send(
            response,
            503,
            "{\"status\":\"not-ready\",\"reason\":\""
                + (state == Readiness.State.STOPPING ? "stopping" : "starting")
                + "\"}");
      }
      return;
    }
    send(response, 200, "{\"status\":\"up\"}");
  }

  private static void send(HttpServletResponse response, int status, String json)
      throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Date", HttpDate.now());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
