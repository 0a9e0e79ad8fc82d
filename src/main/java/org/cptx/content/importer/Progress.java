package org.cptx.content.importer;

import java.io.PrintStream;

/**
 * Percentage lines on a stream (stderr) while a large file is read; silent for small files or when
 * off.
 */
public final class Progress {

  private static final int LARGE = 10_000;

  private final PrintStream out;
  private String name;
  private int total;
  private int lastTenth;

  private Progress(PrintStream out) {
    this.out = out;
  }

  public static Progress to(PrintStream out) {
    return new Progress(out);
  }

  public static Progress silent() {
    return new Progress(null);
  }

  void start(String fileName, int lines) {
    this.name = fileName;
    this.total = lines;
    this.lastTenth = 0;
  }

  /** Called with the number of lines done so far. */
  void at(int done) {
    if (out == null || total < LARGE) {
      return;
    }
    int tenth = (int) (4L * done / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      out.println(name + ": " + (tenth * 25) + "% (" + done + " of " + total + " lines)");
    }
  }

  /** A remark for the user (skipped rows and the like). */
  public void note(String message) {
    if (out != null) {
      out.println(message);
    }
  }
}
