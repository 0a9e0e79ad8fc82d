package org.cptx.content.importer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;

/**
 * CMS NCCI practitioner MUE table (csv): the AMA notice block, then the header {@code HCPCS/CPT
 * Code, Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale}, then one row
 * per code. The adjudication indicator reads like "2 Date of Service Edit: Policy"; its leading
 * digit is the code. Codes not in the CPT release are skipped.
 */
public final class MueReader {

  private static final Pattern INDICATOR = Pattern.compile("^([0-9])\\b.*");

  private MueReader() {}

  /** Reads the file into values; returns the number of rows used. */
  public static int read(
      SourceFile file, Set<String> cptCodes, CmsIndicators indicators, CmsValues values) {
    CsvTable table = CsvTable.open(file, "HCPCS/CPT Code");
    int code = table.column("HCPCS/CPT Code");
    int mue = table.column("Practitioner Services MUE Values");
    int indicator = table.column("MUE Adjudication Indicator");
    int used = 0;
    for (CsvTable.Row row : table.rows()) {
      String hcpcs = row.get(code);
      if (!cptCodes.contains(hcpcs)) {
        continue;
      }
      if (values.has(hcpcs, "mue")) {
        throw file.error(row.index(), "code " + hcpcs + " is listed twice");
      }
      values.put(hcpcs, "mue", new IntegerType(units(file, row, row.get(mue))));
      values.put(
          hcpcs,
          "mue-adjudication-indicator",
          indicator(file, row, row.get(indicator), indicators));
      used++;
      file.taken();
    }
    return used;
  }

  private static int units(SourceFile file, CsvTable.Row row, String value) {
    try {
      int units = Integer.parseInt(value);
      if (units >= 0) {
        return units;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw file.error(row.index(), "MUE value '" + value + "' is not a whole number of units");
  }

  private static Coding indicator(
      SourceFile file, CsvTable.Row row, String value, CmsIndicators indicators) {
    Matcher m = INDICATOR.matcher(value);
    Coding coding =
        m.matches() ? indicators.coding("mue-adjudication-indicator", m.group(1)) : null;
    if (coding == null) {
      throw file.error(row.index(), "MUE Adjudication Indicator '" + value + "' is not 1, 2 or 3");
    }
    return coding;
  }
}
