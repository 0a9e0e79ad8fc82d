package org.cptx.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cptx.terminology.Limits;

/**
 * How to run a server.
 *
 * @param host the address to bind
 * @param port the port; 0 picks a free one
 * @param content the folders of FHIR resources to serve, in order; each is resolved once, here, to
 *     the folder it names now (an imported release is a link that a later import switches: the
 *     running server keeps the release it loaded)
 * @param webapp the folder of the browser UI served at {@code /}, or null for none
 * @param maxBatchEntries the most entries one batch Bundle may hold
 * @param exposure how the server faces its clients: limits, access control, public address, CORS,
 *     TLS
 * @param operation how it runs as a service: shutdown grace, access log
 */
public record ServerConfig(
    String host,
    int port,
    List<Path> content,
    Path webapp,
    int maxBatchEntries,
    Exposure exposure,
    Operation operation) {

  public ServerConfig {
    content = content.stream().map(ServerConfig::resolved).toList();
    if (maxBatchEntries < 1) {
      throw new IllegalArgumentException(
          "the batch entry limit must be at least 1, not " + maxBatchEntries);
    }
    if (exposure == null) {
      exposure = Exposure.DEFAULTS;
    }
    if (operation == null) {
      operation = Operation.EMBEDDED;
    }
  }

  /** A server run from code ({@link Operation#EMBEDDED}: no access log). */
  public ServerConfig(
      String host,
      int port,
      List<Path> content,
      Path webapp,
      int maxBatchEntries,
      Exposure exposure) {
    this(host, port, content, webapp, maxBatchEntries, exposure, Operation.EMBEDDED);
  }

  private static Path resolved(Path folder) {
    try {
      return Files.exists(folder) ? folder.toRealPath() : folder;
    } catch (IOException e) {
      return folder; // loading reports the folder it cannot read, naming it
    }
  }

  /** A server with the default exposure ({@link Exposure#DEFAULTS}). */
  public ServerConfig(String host, int port, List<Path> content, Path webapp, int maxBatchEntries) {
    this(host, port, content, webapp, maxBatchEntries, Exposure.DEFAULTS);
  }

  /**
   * A server with the default batch entry limit ({@link Limits#DEFAULT_BATCH_ENTRIES}) and
   * exposure.
   */
  public ServerConfig(String host, int port, List<Path> content, Path webapp) {
    this(host, port, content, webapp, Limits.DEFAULT_BATCH_ENTRIES);
  }

  /** The same server with another exposure. */
  public ServerConfig with(Exposure other) {
    return new ServerConfig(host, port, content, webapp, maxBatchEntries, other, operation);
  }

  /** The same server run another way. */
  public ServerConfig with(Operation other) {
    return new ServerConfig(host, port, content, webapp, maxBatchEntries, exposure, other);
  }

  /** Whether the server listens on a loopback address only. */
  public boolean loopbackOnly() {
    return host != null
        && (host.startsWith("127.")
            || host.equals("localhost")
            || host.equals("::1")
            || host.equals("[::1]"));
  }
}
