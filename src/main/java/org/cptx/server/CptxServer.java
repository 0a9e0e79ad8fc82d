package org.cptx.server;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import org.cptx.content.LoadedContent;
import org.cptx.fhir.FhirEndpoint;
import org.cptx.server.auth.Access;
import org.cptx.terminology.Limits;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * A running cptx: Jetty with the FHIR endpoint at {@code /fhir} and the web app at {@code /}. A
 * value that tests start on port 0 and close when done.
 */
public final class CptxServer implements AutoCloseable {

  private final Server jetty;
  private final LoadedContent content;
  private final ServerConnector connector;
  private final Readiness readiness;

  private CptxServer(Wiring wiring, LoadedContent content) {
    this.jetty = wiring.jetty();
    this.connector = wiring.connector();
    this.readiness = wiring.readiness();
    this.content = content;
  }

  /**
   * Loads the content (failing on any broken file), then starts listening. The content loads on a
   * thread of its own ({@link BackgroundLoad}) while this one sets up logging, Jetty and HAPI's
   * model; the port opens only once every file has loaded and been indexed. Until then a client's
   * connection is refused, as for a server not yet started: a client never meets a half-loaded
   * server, and a broken file stops start-up before the port was ever open.
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
    fhir.newJsonParser()
        .encodeResourceToString(new Parameters().addParameter("warm", new StringType("up")));
    wiring.jetty().setErrorHandler(new FhirErrorHandler());
    clock.lap("FHIR context");
    LoadedContent content = load.await();
    clock.lap("content (waited for)");
    wiring.caching().identify(content);
    ServletHolder fhirServlet =
        new ServletHolder(
            "fhir",
            FhirEndpoint.create(
                fhir,
                content,
                Version.current(),
                config.maxBatchEntries(),
                new PublicAddress(config.exposure()),
                Access.capabilities(
                    config.exposure().auth(), !config.exposure().corsOrigins().isEmpty())));
    fhirServlet.setInitOrder(1);
    wiring.context().addServlet(fhirServlet, "/fhir/*");
    Metrics.install(wiring.context(), content);
    wiring.jetty().start();
    wiring.readiness().started();
    clock.lap("Jetty started");
    return new CptxServer(wiring, content);
  }

  /** Jetty, not yet started, with everything but the FHIR servlet (which needs the content). */
  private record Wiring(
      Server jetty,
      ServerConnector connector,
      ServletContextHandler context,
      Readiness readiness,
      HttpCaching caching) {}

  private static Wiring wire(ServerConfig config) {
    Exposure exposure = config.exposure();
    QueuedThreadPool threads =
        new QueuedThreadPool(
            Limits.DEFAULT_MAX_CONCURRENT_REQUESTS * 2
                + Math.max(exposure.maxConcurrentRequests(), 8),
            8);
    threads.setName("cptx");
    Server jetty = new Server(threads);
    ServerConnector connector = Connectors.create(jetty, config);
    jetty.addConnector(connector);
    Readiness readiness = new Readiness();
    HttpCaching caching = new HttpCaching(exposure.auth() != null);
    ServletContextHandler context = context(config, readiness, caching);
    QoSHandler qos = new QoSHandler(Cors.wrap(context, exposure.corsOrigins()));
    qos.setMaxRequestCount(exposure.maxConcurrentRequests());
    qos.setMaxSuspend(Duration.ofMillis(Limits.MAX_QUEUE_WAIT_MILLIS));
    // outermost first: the request id, the security headers, the graceful stop (counts requests in
    // flight), gzip, the queue
    jetty.setHandler(
        new RequestIds(new SecurityHeaders(new GracefulHandler(Compression.wrap(qos)))));
    jetty.setStopTimeout(config.operation().shutdownGraceSeconds() * 1000L);
    jetty.setRequestLog(AccessLogs.create(config.operation().accessLog()));
    return new Wiring(jetty, connector, context, readiness, caching);
  }

  private static ServletContextHandler context(
      ServerConfig config, Readiness readiness, HttpCaching caching) {
    Exposure exposure = config.exposure();
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.setErrorHandler(new ContextErrorHandler());
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    context.addFilter(new FilterHolder(new RequestIdFilter()), "/*", requests);
    context.addFilter(
        new FilterHolder(new RequestLimitFilter(exposure.maxBodyBytes())), "/*", requests);
    Access.install(context, exposure.auth(), requests);
    context.addFilter(new FilterHolder(new BufferedResponseFilter(caching)), "/fhir/*", requests);
    context.addFilter(new FilterHolder(new FormatFilter()), "/fhir/*", requests);
    ServletHolder health = new ServletHolder("health", new HealthServlet(readiness));
    context.addServlet(health, HealthServlet.LIVE);
    context.addServlet(health, HealthServlet.HEALTH);
    context.addServlet(health, HealthServlet.READY);
    if (config.webapp() != null && Files.isDirectory(config.webapp())) {
      context.setBaseResource(
          ResourceFactory.of(context).newResource(config.webapp().toAbsolutePath()));
      context.clearAliasChecks(); // no symbolic link is followed, inside the folder or out of it
      ServletHolder webapp = new ServletHolder("webapp", DefaultServlet.class);
      webapp.setInitParameter("dirAllowed", "false");
      webapp.setInitParameter("etags", "true");
      webapp.setInitParameter(
          "cacheControl", "no-cache"); // revalidated each time: a 304 while unchanged
      context.addServlet(webapp, "/");
    }
    return context;
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** The FHIR base, e.g. {@code http://127.0.0.1:8080/fhir}. */
  public URI fhirBase() {
    String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
    String scheme =
        connector.getDefaultConnectionFactory() instanceof SslConnectionFactory ? "https" : "http";
    return URI.create(
        scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/fhir");
  }

  public LoadedContent content() {
    return content;
  }

  /** Whether the server takes work: false once it begins to stop. */
  public boolean ready() {
    return readiness.ready();
  }

  /**
   * Stops gracefully: readiness turns false ({@code /readyz} 503), the port closes to new
   * connections, requests in flight get up to the shutdown grace to finish, then everything stops.
   */
  @Override
  public void close() throws Exception {
    readiness.stopping();
    try {
      jetty.stop();
    } catch (java.util.concurrent.TimeoutException graceRanOut) {
      // a request still running past the grace: Jetty stops all the same
    }
  }
}
