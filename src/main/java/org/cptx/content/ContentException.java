package org.cptx.content;

import java.nio.file.Path;

/** Content that cannot be served: names the file and what is wrong with it. */
public final class ContentException extends RuntimeException {

  public ContentException(Path file, String problem) {
    super(file + ": " + problem);
  }

  public ContentException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
