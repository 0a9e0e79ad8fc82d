package org.cptx.server;

import java.nio.file.Path;
import java.util.List;
import org.cptx.terminology.Limits;

/**
 * How to run a server.
 *
 * @param host the address to bind
 * @param port the port; 0 picks a free one
 * @param content the folders of FHIR resources to serve, in order
 * @param webapp the folder of the browser UI served at {@code /}, or null for none
 * @param maxBatchEntries the most entries one batch Bundle may hold
 */
public record ServerConfig(String host, int port, List<Path> content, Path webapp, int maxBatchEntries) {

  public ServerConfig {
    content = List.copyOf(content);
    if (maxBatchEntries < 1) {
      throw new IllegalArgumentException("the batch entry limit must be at least 1, not " + maxBatchEntries);
    }
  }

  /** A server with the default batch entry limit ({@link Limits#DEFAULT_BATCH_ENTRIES}). */
  public ServerConfig(String host, int port, List<Path> content, Path webapp) {
    this(host, port, content, webapp, Limits.DEFAULT_BATCH_ENTRIES);
  }
}
