package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A TAB-separated file with a header row naming the columns (notice lines above it are skipped).
 * Every data row must have exactly as many columns as the header.
 */
final class TabFile {

  private static final int HEADER_SEARCH = 50;

  private TabFile() {}

  /** A data row: its 0-based line index and its cells, in the expected column order. */
  record Row(int index, String[] cells) {
    String get(int column) {
      return cells[column].trim();
    }
  }

  static List<Row> rows(SourceFile file, List<String> columns) {
    int header = findHeader(file, columns);
    file.skipped(Headers.nonBlank(file, header));
    List<Row> rows = new ArrayList<>();
    for (int i = header + 1; i < file.size(); i++) {
      String line = file.line(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != columns.size()) {
        throw file.error(
            i,
            "expected "
                + columns.size()
                + " TAB-separated columns ("
                + String.join(", ", columns)
                + "), found "
                + cells.length);
      }
      rows.add(new Row(i, cells));
    }
    return rows;
  }

  private static int findHeader(SourceFile file, List<String> columns) {
    List<String> wanted = columns.stream().map(TabFile::normal).toList();
    for (int i = 0; i < Math.min(HEADER_SEARCH, file.size()); i++) {
      List<String> cells =
          List.of(file.line(i).split("\t", -1)).stream().map(TabFile::normal).toList();
      if (cells.equals(wanted)) {
        return i;
      }
    }
    throw file.error(0, "missing header row '" + String.join("<TAB>", columns) + "'");
  }

  private static String normal(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
