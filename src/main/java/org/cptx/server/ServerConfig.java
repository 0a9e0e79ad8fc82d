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
 * @param content the folders of FHIR resources to serve, in order; each is resolved once, here, to the folder it
 *     names now (an imported release is a link that a later import switches: the running server keeps the
 *     release it loaded)
 * @param webapp the folder of the browser UI served at {@code /}, or null for none
 * @param maxBatchEntries the most entries one batch Bundle may hold
 */
public record ServerConfig(String host, int port, List<Path> content, Path webapp, int maxBatchEntries) {

  public ServerConfig {
    content = content.stream().map(ServerConfig::resolved).toList();
    if (maxBatchEntries < 1) {
      throw new IllegalArgumentException("the batch entry limit must be at least 1, not " + maxBatchEntries);
    }
  }

  private static Path resolved(Path folder) {
    try {
      return Files.exists(folder) ? folder.toRealPath() : folder;
    } catch (IOException e) {
      return folder; // loading reports the folder it cannot read, naming it
    }
  }

  /** A server with the default batch entry limit ({@link Limits#DEFAULT_BATCH_ENTRIES}). */
  public ServerConfig(String host, int port, List<Path> content, Path webapp) {
    this(host, port, content, webapp, Limits.DEFAULT_BATCH_ENTRIES);
  }
}
