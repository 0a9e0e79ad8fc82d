package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The csv PFS Relative Value File ({@code PPRRVUyy_*.csv}): notice rows, then the column header
 * (first cell {@code HCPCS}), then one row per code and modifier. Columns are found by header name.
 */
final class RvuCsvRows {

  private RvuCsvRows() {}

  static List<RvuReader.Row> read(SourceFile file) {
    CsvTable table = CsvTable.open(file, "HCPCS");
    int code = table.column("HCPCS");
    int mod = table.column("MOD");
    Map<String, Integer> columns = new LinkedHashMap<>();
    RvuReader.COLUMNS.forEach((property, header) -> columns.put(property, table.column(header)));
    List<RvuReader.Row> rows = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Map<String, String> values = new LinkedHashMap<>();
      columns.forEach((property, column) -> values.put(property, row.get(column)));
      rows.add(new RvuReader.Row(row.index(), row.get(code), row.get(mod), values));
    }
    return rows;
  }
}
