package org.cptx.content.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small release file for a reader test. */
final class Files4Test {

  private Files4Test() {}

  static SourceFile source(Path dir, String name, String... lines) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, String.join("\r\n", lines) + "\r\n");
      return SourceFile.read(file, Progress.silent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String[] HEADER = {
    "Synthetic copyright notice paragraph.", "", "Second synthetic paragraph.", ""
  };

  static String[] withHeader(String... rows) {
    String[] all = new String[HEADER.length + rows.length];
    System.arraycopy(HEADER, 0, all, 0, HEADER.length);
    System.arraycopy(rows, 0, all, HEADER.length, rows.length);
    return all;
  }
}
