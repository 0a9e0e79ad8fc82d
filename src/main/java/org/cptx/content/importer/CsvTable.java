package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file with notice lines, then a header row (found by its first cell), then data rows.
 * Columns are located by header name; every data row must have as many cells as the header.
 */
final class CsvTable {

  private final SourceFile file;
  private final List<String> header;
  private final int headerIndex;

  private CsvTable(SourceFile file, List<String> header, int headerIndex) {
    this.file = file;
    this.header = header;
    this.headerIndex = headerIndex;
  }

  static CsvTable open(SourceFile file, String firstColumn) {
    for (int i = 0; i < file.size(); i++) {
      List<String> cells = Csv.split(file.line(i));
      if (cells != null && Csv.normal(cells.get(0)).equals(Csv.normal(firstColumn))) {
        file.skipped(Headers.nonBlank(file, i));
        return new CsvTable(file, cells, i);
      }
    }
    throw file.error(
        0, "missing the column header row (a row starting with '" + firstColumn + "')");
  }

  /** The index of a required column. */
  int column(String name) {
    int i = Csv.column(header, name);
    if (i < 0) {
      throw file.error(headerIndex, "the header has no column '" + name + "'");
    }
    return i;
  }

  /** A data row: 0-based line index and cells. */
  record Row(int index, List<String> cells) {
    String get(int column) {
      return cells.get(column);
    }
  }

  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int i = headerIndex + 1; i < file.size(); i++) {
      String line = file.line(i);
      if (line.isBlank() || line.replace(",", "").isBlank()) {
        continue;
      }
      List<String> cells = Csv.split(line);
      if (cells == null) {
        throw file.error(i, "a quoted value is not closed");
      }
      if (cells.size() != header.size()) {
        throw file.error(
            i, "expected " + header.size() + " columns as in the header, found " + cells.size());
      }
      rows.add(new Row(i, cells));
    }
    return rows;
  }
}
