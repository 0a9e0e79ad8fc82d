package org.cptx.server;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Files;
import java.util.EnumSet;
import org.cptx.content.LoadedContent;
import org.cptx.fhir.FhirEndpoint;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * A running cptx: Jetty with the FHIR endpoint at {@code /fhir} and the web app at {@code /}. A value that tests
 * start on port 0 and close when done.
 */
public final class CptxServer implements AutoCloseable {

  private final Server jetty;
  private final LoadedContent content;
  private final ServerConnector connector;

  private CptxServer(Server jetty, ServerConnector connector, LoadedContent content) {
    this.jetty = jetty;
    this.connector = connector;
    this.content = content;
  }

  /**
   * Loads the content (failing on any broken file), then starts listening. The content loads on a thread of its own
   * ({@link BackgroundLoad}) while this one sets up logging, Jetty and HAPI's model; the port opens only once every
   * file has loaded and been indexed. Until then a client's connection is refused, as for a server not yet started:
   * a client never meets a half-loaded server, and a broken file stops start-up before the port was ever open.
   */
  public static CptxServer start(ServerConfig config) throws Exception {
    BackgroundLoad load = new BackgroundLoad(config.content());
    StartupClock clock;
    try {
      clock = new StartupClock(); // the first use of logging: sets it up
    } finally {
      load.loggingReady();
    }
    Wiring wiring = wire(config);
    clock.lap("Jetty prepared");
    FhirContext fhir = FhirModel.r4();
    fhir.newJsonParser().encodeResourceToString(new Parameters().addParameter("warm", new StringType("up")));
    wiring.jetty().setErrorHandler(new FhirErrorHandler(fhir));
    clock.lap("FHIR context");
    LoadedContent content = load.await();
    clock.lap("content (waited for)");
    ServletHolder fhirServlet = new ServletHolder("fhir", FhirEndpoint.create(fhir, content, Version.current(),
        config.maxBatchEntries()));
    fhirServlet.setInitOrder(1);
    wiring.context().addServlet(fhirServlet, "/fhir/*");
    wiring.jetty().start();
    clock.lap("Jetty started");
    return new CptxServer(wiring.jetty(), wiring.connector(), content);
  }

  /** Jetty, not yet started, with everything but the FHIR servlet (which needs the content). */
  private record Wiring(Server jetty, ServerConnector connector, ServletContextHandler context) {}

  private static Wiring wire(ServerConfig config) {
    Server jetty = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(new FilterHolder(new BufferedResponseFilter()), "/fhir/*", EnumSet.of(DispatcherType.REQUEST));
    context.addFilter(new FilterHolder(new FormatFilter()), "/fhir/*", EnumSet.of(DispatcherType.REQUEST));
    if (config.webapp() != null && Files.isDirectory(config.webapp())) {
      context.setBaseResource(ResourceFactory.of(context).newResource(config.webapp().toAbsolutePath()));
      context.addServlet(new ServletHolder("webapp", DefaultServlet.class), "/");
    }
    jetty.setHandler(context);
    return new Wiring(jetty, connector, context);
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** The FHIR base, e.g. {@code http://127.0.0.1:8080/fhir}. */
  public URI fhirBase() {
    String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/fhir");
  }

  public LoadedContent content() {
    return content;
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }
}
