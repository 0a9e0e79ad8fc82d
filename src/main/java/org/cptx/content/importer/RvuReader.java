package org.cptx.content.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;

/**
 * CMS PFS Relative Value File, csv variant (PPRRVUyy_*.csv): notice rows, then the column header (first cell
 * {@code HCPCS}), then one row per code and modifier. Columns are found by header name. The row without a modifier
 * gives a code's indicators; rows with a modifier (26, TC, 53) and codes not in the CPT release are skipped. Each
 * value must be a code of its CMS indicator code system.
 */
public final class RvuReader {

  /** Supplement property = indicator code system name, and the PPRRVU column it comes from. */
  static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("pfs-status", "STATUS CODE");
    COLUMNS.put("pctc-indicator", "PCTC IND");
    COLUMNS.put("global-days", "GLOB DAYS");
    COLUMNS.put("multiple-procedure", "MULT PROC");
    COLUMNS.put("bilateral-surgery", "BILAT SURG");
    COLUMNS.put("assistant-surgeon", "ASST SURG");
    COLUMNS.put("co-surgeons", "CO SURG");
    COLUMNS.put("team-surgery", "TEAM SURG");
    COLUMNS.put("physician-supervision", "PHYSICIAN SUPERVISION");
    COLUMNS.put("diagnostic-imaging-family", "DIAGNOSTIC IMAGING FAMILY INDICATOR");
  }

  private RvuReader() {}

  /** Reads the file into values; returns the number of base rows used. */
  public static int read(SourceFile file, Set<String> cptCodes, CmsIndicators indicators, CmsValues values) {
    CsvTable table = CsvTable.open(file, "HCPCS");
    int code = table.column("HCPCS");
    int mod = table.column("MOD");
    Map<String, Integer> columns = new LinkedHashMap<>();
    COLUMNS.forEach((property, header) -> columns.put(property, table.column(header)));
    int used = 0;
    for (CsvTable.Row row : table.rows()) {
      String hcpcs = row.get(code);
      if (hcpcs.length() != 5) {
        throw file.error(row.index(), "HCPCS '" + hcpcs + "' is not a 5-character code");
      }
      if (!row.get(mod).isEmpty() || !cptCodes.contains(hcpcs)) {
        continue;
      }
      if (values.has(hcpcs, "pfs-status")) {
        throw file.error(row.index(), "code " + hcpcs + " has a second row without a modifier");
      }
      columns.forEach((property, column) -> put(file, row, hcpcs, property, column, indicators, values));
      used++;
    }
    return used;
  }

  private static void put(SourceFile file, CsvTable.Row row, String code, String property, int column,
      CmsIndicators indicators, CmsValues values) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return;
    }
    Coding coding = indicators.coding(property, value);
    if (coding == null) {
      throw file.error(row.index(), COLUMNS.get(property) + " '" + value + "' of code " + code
          + " is not a code of cms-" + property);
    }
    values.put(code, property, coding);
  }
}
