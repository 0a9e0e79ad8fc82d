package org.cptx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cptx.content.ContentException;
import org.cptx.server.CptxServer;
import org.cptx.server.ServerConfig;
import org.cptx.server.Version;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reads the command line and starts the server (the default), or runs a subcommand; nothing else. */
@Command(name = "cptx", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "FHIR R4 terminology server for CPT and other code systems.",
    subcommands = {ImportCommand.class, GenerateSyntheticCommand.class, CheckCommand.class})
public final class Main implements Callable<Integer> {

  @Option(names = "--port", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all)")
  String host = "127.0.0.1";

  @Option(names = "--resources", description = "the built-in content folder (default: ${DEFAULT-VALUE})")
  Path resources = Path.of("fhir-resources");

  @Option(names = "--content", description = "a further folder of FHIR resources to serve (repeatable)")
  List<Path> content = new ArrayList<>();

  @Option(names = "--batch-max-entries",
      description = "the most entries one batch Bundle may hold (default: ${DEFAULT-VALUE})")
  int batchMaxEntries = Limits.DEFAULT_BATCH_ENTRIES;

  @Option(names = "--webapp", description = "the browser UI folder served at / (default: ${DEFAULT-VALUE})")
  Path webapp = Path.of("webapp");

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    List<Path> folders = new ArrayList<>();
    folders.add(resources);
    folders.addAll(content);
    long started = System.nanoTime();
    CptxServer server;
    try {
      server = CptxServer.start(new ServerConfig(host, port, folders, webapp, batchMaxEntries));
    } catch (ContentException e) {
      System.err.println("cptx: cannot start: " + e.getMessage());
      return 2;
    }
    // the logger is looked up only now: the server sets up logging while its content already loads
    Logger log = LoggerFactory.getLogger(Main.class);
    log.info("cptx {} listening on {} in {} ms; code systems: {}", Version.current(), server.fhirBase(),
        (System.nanoTime() - started) / 1_000_000, summary(server));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        log.warn("stopping: {}", e.getMessage());
      }
    }));
    Thread.currentThread().join();
    return 0;
  }

  private static String summary(CptxServer server) {
    return server.content().registry().all().stream().map(CodeSystemProvider::info)
        .map(Main::describe).collect(Collectors.joining(", "));
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
