package org.cptx.server;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run a server.
 *
 * @param host the address to bind
 * @param port the port; 0 picks a free one
 * @param content the folders of FHIR resources to serve, in order
 * @param webapp the folder of the browser UI served at {@code /}, or null for none
 */
public record ServerConfig(String host, int port, List<Path> content, Path webapp) {

  public ServerConfig {
    content = List.copyOf(content);
  }
}
