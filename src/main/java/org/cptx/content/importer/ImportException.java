package org.cptx.content.importer;

import java.nio.file.Path;

/**
 * A release file the importer cannot read; the message starts with {@code file:line:} where a line
 * is known.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An error at a 1-based line of a file. */
  public static ImportException at(Path file, int line, String reason) {
    return new ImportException(file.getFileName() + ":" + line + ": " + reason);
  }
}
