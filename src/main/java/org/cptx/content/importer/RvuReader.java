package org.cptx.content.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;

/**
 * CMS PFS Relative Value File, in either variant CMS ships: csv ({@code PPRRVUyy_*.csv}, read by
 * {@link RvuCsvRows}) or fixed-width txt ({@code PPRRVUyy_*.txt}, read by {@link RvuTxtRows}); the
 * file name's extension picks the variant. Both give the same rows, so the same data gives the same
 * supplement. The row without a modifier gives a code's indicators; rows with a modifier (26, TC,
 * 53) and codes not in the CPT release are skipped. Each value must be a code of its CMS indicator
 * code system.
 */
public final class RvuReader {

  /**
   * Supplement property = indicator code system name, and the PPRRVU field (csv column) it comes
   * from.
   */
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

  /**
   * One data row of either variant: its 0-based line index, HCPCS code, modifier (empty for the
   * code itself) and the indicator values by supplement property (empty when the field is blank).
   */
  record Row(int index, String hcpcs, String modifier, Map<String, String> values) {}

  /** The two variants. */
  enum Format {
    CSV,
    TXT;

    /** The variant a file name says: {@code .csv} or {@code .txt} (any case). */
    static Format of(SourceFile file) {
      String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return CSV;
      }
      if (name.endsWith(".txt")) {
        return TXT;
      }
      throw new ImportException(
          file.path().getFileName()
              + ": a PFS Relative Value File must be the csv"
              + " (PPRRVUyy_*.csv) or the fixed-width txt (PPRRVUyy_*.txt)");
    }
  }

  private RvuReader() {}

  /** Reads the file (csv or txt, by its name) into values; returns the number of base rows used. */
  public static int read(
      SourceFile file, Set<String> cptCodes, CmsIndicators indicators, CmsValues values) {
    List<Row> rows = Format.of(file) == Format.TXT ? RvuTxtRows.read(file) : RvuCsvRows.read(file);
    int used = 0;
    for (Row row : rows) {
      if (row.hcpcs().length() != 5) {
        throw file.error(row.index(), "HCPCS '" + row.hcpcs() + "' is not a 5-character code");
      }
      if (!row.modifier().isEmpty() || !cptCodes.contains(row.hcpcs())) {
        continue;
      }
      if (values.has(row.hcpcs(), "pfs-status")) {
        throw file.error(
            row.index(), "code " + row.hcpcs() + " has a second row without a modifier");
      }
      row.values()
          .forEach((property, value) -> put(file, row, property, value, indicators, values));
      used++;
      file.taken();
    }
    return used;
  }

  private static void put(
      SourceFile file,
      Row row,
      String property,
      String value,
      CmsIndicators indicators,
      CmsValues values) {
    if (value.isEmpty()) {
      return;
    }
    Coding coding = indicators.coding(property, value);
    if (coding == null) {
      throw file.error(
          row.index(),
          COLUMNS.get(property)
              + " '"
              + value
              + "' of code "
              + row.hcpcs()
              + " is not a code of cms-"
              + property);
    }
    values.put(row.hcpcs(), property, coding);
  }
}
