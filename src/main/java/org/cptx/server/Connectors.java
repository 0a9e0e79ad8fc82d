package org.cptx.server;

import org.cptx.terminology.Limits;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The listening connector: HTTP/1.1 (over TLS with a PKCS12 keystore), no server version or date
 * added by Jetty, forwarded headers read only when asked for, and timeouts against slow senders:
 * the connection's idle timeout bounds each wait for a request's line and headers and {@link
 * ConnectionSweep} their whole; the request's own idle timeout and a minimum data rate bound its
 * body.
 */
final class Connectors {

  /** The slowest a request body may arrive once it has started, in bytes per second. */
  private static final long MIN_REQUEST_DATA_RATE = 4_096;

  private Connectors() {}

  static ServerConnector create(Server jetty, ServerConfig config) {
    Exposure exposure = config.exposure();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    http.setSendXPoweredBy(false);
    http.setIdleTimeout(Limits.IDLE_TIMEOUT_MILLIS);
    http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
    if (exposure.forwardedHeaders()) {
      http.addCustomizer(new ForwardedRequestCustomizer());
    }
    ServerConnector connector;
    if (exposure.tlsKeystore() != null) {
      SslContextFactory.Server tls = new SslContextFactory.Server();
      tls.setKeyStorePath(exposure.tlsKeystore().toAbsolutePath().toString());
      tls.setKeyStoreType("PKCS12");
      tls.setKeyStorePassword(exposure.tlsPassword() == null ? "" : exposure.tlsPassword());
      http.addCustomizer(new SecureRequestCustomizer());
      connector =
          new ServerConnector(
              jetty, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
    } else {
      connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    }
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(Limits.HEADER_TIMEOUT_MILLIS);
    connector.addBean(new ConnectionSweep(connector, exposure.headerTimeoutMillis()));
    return connector;
  }
}
