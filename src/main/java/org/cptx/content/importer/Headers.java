package org.cptx.content.importer;

import java.util.function.Predicate;

/** Finds where data starts in files that open with header paragraphs and a blank line. */
final class Headers {

  private Headers() {}

  /**
   * The index of the first data line: the first line the predicate accepts. There must be a
   * non-blank header before it and a blank line right before it.
   */
  static int dataStart(SourceFile file, Predicate<String> isData, String headerName) {
    for (int i = 0; i < file.size(); i++) {
      if (file.isBlank(i) || !isData.test(file.line(i))) {
        continue;
      }
      if (!hasText(file, i)) {
        throw file.error(i, "missing " + headerName + " before the first row");
      }
      if (!file.isBlank(i - 1)) {
        throw file.error(i, "expected a blank line between the header and the first row");
      }
      file.skipped(nonBlank(file, i));
      return i;
    }
    throw file.error(Math.max(0, file.size() - 1), "no data rows after the " + headerName);
  }

  static int nonBlank(SourceFile file, int before) {
    int n = 0;
    for (int i = 0; i < before; i++) {
      n += file.isBlank(i) ? 0 : 1;
    }
    return n;
  }

  private static boolean hasText(SourceFile file, int before) {
    for (int i = 0; i < before; i++) {
      if (!file.isBlank(i)) {
        return true;
      }
    }
    return false;
  }
}
