package org.cptx.bench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The baseline: a bare Jetty ee10 servlet, set up like cptx's connector, that answers every GET
 * with the same bytes and Content-Type. What it costs is the floor of HTTP on this machine; cptx's
 * cost above it is its own work.
 */
final class BaselineServer implements AutoCloseable {

  private final Server jetty;
  private final ServerConnector connector;

  private BaselineServer(Server jetty, ServerConnector connector) {
    this.jetty = jetty;
    this.connector = connector;
  }

  static BaselineServer start(String host, byte[] body, String contentType) throws Exception {
    return start(host, new FixedBody(body.clone(), contentType));
  }

  /**
   * A baseline that answers each GET path and query (as sent, still URL-encoded) with the bytes and
   * Content-Type cptx answered it with; any other GET gets a 404.
   */
  static BaselineServer start(String host, Map<String, RawHttpConnection.Response> answers)
      throws Exception {
    return start(host, new RecordedAnswers(Map.copyOf(answers)));
  }

  private static BaselineServer start(String host, HttpServlet servlet) throws Exception {
    Server jetty = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder holder = new ServletHolder("fixed", servlet);
    holder.setInitOrder(1);
    context.addServlet(holder, "/*");
    jetty.setHandler(context);
    jetty.start();
    return new BaselineServer(jetty, connector);
  }

  int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }

  private static final class FixedBody extends HttpServlet {
    private final byte[] body;
    private final String contentType;

    FixedBody(byte[] body, String contentType) {
      this.body = body;
      this.contentType = contentType;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setStatus(HttpServletResponse.SC_OK);
      if (contentType != null) {
        response.setContentType(contentType);
      }
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  private static final class RecordedAnswers extends HttpServlet {
    private final Map<String, RawHttpConnection.Response> answers;

    RecordedAnswers(Map<String, RawHttpConnection.Response> answers) {
      this.answers = answers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      String query = request.getQueryString();
      RawHttpConnection.Response answer =
          answers.get(request.getRequestURI() + (query == null ? "" : "?" + query));
      if (answer == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setStatus(HttpServletResponse.SC_OK);
      if (answer.contentType() != null) {
        response.setContentType(answer.contentType());
      }
      response.setContentLength(answer.body().length);
      response.getOutputStream().write(answer.body());
    }
  }
}
