package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fixed-width PFS Relative Value File ({@code PPRRVUyy_*.txt}), fields at the columns of {@link
 * RvuTxtLayout}. Notice lines come first: lines starting {@code HDR} (anywhere in the file), and
 * any line before the first record. A record starts with a HCPCS-shaped code and a modifier or
 * blanks in columns 1-7 and reaches the STATUS CODE column; from the first record on, every line
 * that is not blank or {@code HDR} must be a whole record.
 */
final class RvuTxtRows {

  private static final Pattern RECORD_START = Pattern.compile("[0-9A-Z]{5}[0-9A-Z ]{2}.*");
  private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}|");
  private static final RvuTxtLayout.Field CODE = RvuTxtLayout.field("HCPCS");
  private static final RvuTxtLayout.Field MOD = RvuTxtLayout.field("MOD");
  private static final RvuTxtLayout.Field STATUS = RvuTxtLayout.field("STATUS CODE");

  /** The fields the importer reads, by supplement property. */
  private static final Map<String, RvuTxtLayout.Field> FIELDS = new LinkedHashMap<>();

  /** The last column a record must reach: the end of the last field read. */
  static final int MIN_LENGTH;

  static {
    RvuReader.COLUMNS.forEach((property, name) -> FIELDS.put(property, RvuTxtLayout.field(name)));
    MIN_LENGTH = FIELDS.values().stream().mapToInt(RvuTxtLayout.Field::to).max().orElseThrow();
  }

  private RvuTxtRows() {}

  static List<RvuReader.Row> read(SourceFile file) {
    List<RvuReader.Row> rows = new ArrayList<>();
    for (int i = 0; i < file.size(); i++) {
      String line = file.line(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("HDR") || rows.isEmpty() && !looksLikeRecord(line)) {
        file.skipped(1);
        continue;
      }
      rows.add(row(file, i, line));
    }
    if (rows.isEmpty()) {
      throw file.error(
          Math.max(0, file.size() - 1),
          "no fixed-width records (HCPCS in columns 1-5) in the file");
    }
    return rows;
  }

  private static boolean looksLikeRecord(String line) {
    return line.length() >= STATUS.to() && RECORD_START.matcher(line).matches();
  }

  private static RvuReader.Row row(SourceFile file, int i, String line) {
    if (line.indexOf('\t') >= 0) {
      throw file.error(
          i, "a TAB in a fixed-width record; expected the PPRRVU txt layout (spaces only)");
    }
    if (line.length() < MIN_LENGTH || line.length() > RvuTxtLayout.RECORD) {
      throw file.error(
          i,
          "expected a fixed-width record of "
              + MIN_LENGTH
              + " to "
              + RvuTxtLayout.RECORD
              + " characters (the PPRRVU txt layout), found "
              + line.length());
    }
    String modifier = MOD.cut(line);
    if (!MODIFIER.matcher(modifier).matches()) {
      throw file.error(
          i,
          "MOD '"
              + modifier
              + "' in columns "
              + MOD.from()
              + "-"
              + MOD.to()
              + " is not a 2-character modifier");
    }
    Map<String, String> values = new LinkedHashMap<>();
    FIELDS.forEach((property, field) -> values.put(property, field.cut(line)));
    return new RvuReader.Row(i, CODE.cut(line), modifier, values);
  }
}
