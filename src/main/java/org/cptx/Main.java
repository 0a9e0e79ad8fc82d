package org.cptx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cptx.content.ContentException;
import org.cptx.server.AccessLogFormat;
import org.cptx.server.CptxServer;
import org.cptx.server.Exposure;
import org.cptx.server.Operation;
import org.cptx.server.ServerConfig;
import org.cptx.server.Version;
import org.cptx.server.auth.AuthConfig;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Reads the command line and starts the server (the default), or runs a subcommand; nothing else.
 */
@Command(
    name = "cptx",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "FHIR R4 terminology server for CPT and other code systems.",
    footer = {
      "",
      "Every option of the server can also be set from the environment: --some-name as CPTX_SOME_NAME"
          + " (CPTX_PORT, CPTX_HOST, CPTX_CONTENT as a list separated by ':', CPTX_BASE_URL, CPTX_AUTH_JWKS, ...)."
          + " The command line wins over the environment."
    },
    subcommands = {ImportCommand.class, GenerateSyntheticCommand.class, CheckCommand.class})
public final class Main implements Callable<Integer> {

  @Option(
      names = "--port",
      description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(
      names = "--host",
      description = "address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all)")
  String host = "127.0.0.1";

  @Option(
      names = "--resources",
      description =
          "the built-in content folder (default: the one packed in cptx.jar, as fhir-resources/)")
  Path resources;

  @Option(
      names = "--content",
      split = ":",
      description =
          "a further folder of FHIR resources to serve (repeatable, or a list separated by ':')")
  List<Path> content = new ArrayList<>();

  @Option(
      names = "--batch-max-entries",
      description = "the most entries one batch Bundle may hold (default: ${DEFAULT-VALUE})")
  int batchMaxEntries = Limits.DEFAULT_BATCH_ENTRIES;

  @Option(
      names = "--webapp",
      description =
          "the browser UI folder served at / (default: the one packed in cptx.jar, as webapp/)")
  Path webapp;

  @Option(
      names = "--max-body-bytes",
      description = "the largest request body accepted (default: ${DEFAULT-VALUE})")
  long maxBodyBytes = Limits.MAX_BODY_BYTES;

  @Option(
      names = "--max-concurrent-requests",
      description = "requests worked on at once; more wait for a turn (default: ${DEFAULT-VALUE})")
  int maxConcurrent = Limits.DEFAULT_MAX_CONCURRENT_REQUESTS;

  @Option(
      names = "--header-timeout",
      paramLabel = "SECONDS",
      description =
          "how long a client may take, in all, to send a request's line and headers"
              + " (default: ${DEFAULT-VALUE})")
  int headerTimeoutSeconds = (int) (Limits.HEADER_TIMEOUT_MILLIS / 1000);

  @Option(
      names = "--base-url",
      description = "the public FHIR base, e.g. https://tx.example.org/fhir")
  String baseUrl;

  @Option(
      names = "--forwarded-headers",
      description =
          "take the public address from Forwarded / X-Forwarded-* (only behind a proxy that sets them)")
  boolean forwardedHeaders;

  @Option(
      names = "--cors-origin",
      split = ",",
      description =
          "a browser origin allowed to call the server (repeatable, or a list separated by ',')")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--auth-jwks",
      description = "JWKS file or URL of the token signing keys: turns access control on")
  String authJwks;

  @Option(names = "--auth-issuer", description = "the iss every token must carry")
  String authIssuer;

  @Option(names = "--auth-audience", description = "the aud every token must include")
  String authAudience;

  @Option(
      names = "--auth-token-endpoint",
      description = "the issuer's token endpoint, advertised to clients")
  String authTokenEndpoint;

  @Option(
      names = "--shutdown-grace",
      description =
          "on SIGTERM, seconds that requests in flight get to finish (default: ${DEFAULT-VALUE})")
  int shutdownGrace = Limits.DEFAULT_SHUTDOWN_GRACE_SECONDS;

  @Option(
      names = "--access-log",
      description = "one line per request on stdout: ${COMPLETION-CANDIDATES} (default: common)")
  AccessLogFormat accessLog = AccessLogFormat.COMMON;

  @Option(
      names = "--tls-keystore",
      description = "a PKCS12 keystore: serve HTTPS (password in CPTX_TLS_PASSWORD)")
  Path tlsKeystore;

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /**
   * The command line, its options' defaults read from this environment ({@link
   * EnvironmentDefaults}).
   */
  static CommandLine commandLine(java.util.Map<String, String> environment) {
    return new CommandLine(new Main())
        .setDefaultValueProvider(new EnvironmentDefaults(environment))
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() throws Exception {
    List<Path> folders = new ArrayList<>();
    folders.add(resources != null ? resources : BuiltIn.resources());
    folders.addAll(content);
    long started = System.nanoTime();
    CptxServer server;
    try {
      server =
          CptxServer.start(
              new ServerConfig(
                  host,
                  port,
                  folders,
                  webapp != null ? webapp : BuiltIn.webapp(),
                  batchMaxEntries,
                  exposure(),
                  new Operation(shutdownGrace, accessLog)));
    } catch (ContentException | IllegalArgumentException e) {
      System.err.println("cptx: cannot start: " + e.getMessage());
      return 2;
    }
    // the logger is looked up only now: the server sets up logging while its content already loads
    Logger log = LoggerFactory.getLogger(Main.class);
    if (authJwks == null && !new ServerConfig(host, port, List.of(), null).loopbackOnly()) {
      log.warn(
          "access control is OFF and the server listens on {}: licensed CPT content is open to anyone who can"
              + " reach it; start with --auth-jwks, --auth-issuer and --auth-audience (see docs/security.md)",
          host);
    }
    log.info(
        "cptx {} listening on {} in {} ms; code systems: {}",
        Version.current(),
        server.fhirBase(),
        (System.nanoTime() - started) / 1_000_000,
        summary(server));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info(
                      "stopping: not ready, no new connections, up to {} s for requests in flight",
                      shutdownGrace);
                  try {
                    server.close();
                    log.info("stopped");
                  } catch (Exception e) {
                    log.warn("stopping: {}", e.getMessage());
                  }
                },
                "cptx-shutdown"));
    Thread.currentThread().join();
    return 0;
  }

  private Exposure exposure() {
    AuthConfig auth =
        authJwks == null && authIssuer == null && authAudience == null
            ? null
            : new AuthConfig(authJwks, authIssuer, authAudience, authTokenEndpoint);
    return Exposure.DEFAULTS
        .withMaxBodyBytes(maxBodyBytes)
        .withAddress(baseUrl, forwardedHeaders)
        .withCors(corsOrigins)
        .withAuth(auth)
        .withTls(tlsKeystore, System.getenv("CPTX_TLS_PASSWORD"))
        .withMaxConcurrentRequests(maxConcurrent)
        .withHeaderTimeout(headerTimeoutSeconds * 1000L);
  }

  private static String summary(CptxServer server) {
    return server.content().registry().all().stream()
        .map(CodeSystemProvider::info)
        .map(Main::describe)
        .collect(Collectors.joining(", "));
  }

  private static String describe(CodeSystemInfo info) {
    return info.canonical() + " (" + info.conceptCount() + ")";
  }

  /** The version picocli prints for --version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cptx " + Version.current()};
    }
  }
}
