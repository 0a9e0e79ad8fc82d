package org.cptx.content.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The record layout of the fixed-width PFS Relative Value File ({@code PPRRVUyy_*.txt}): the fields
 * of the csv variant, in the same order, at fixed 1-based columns of a record of at most {@value
 * #RECORD} characters. Text fields are left-justified, numbers right-justified, both padded with
 * spaces; columns 160-200 are filler. This table is the one place the importer and the synthetic
 * generator take the layout from (docs/import.md shows it).
 */
public final class RvuTxtLayout {

  /** The longest record. */
  public static final int RECORD = 200;

  /**
   * One field: its CMS name, first and last column (1-based, inclusive), and whether it is a number
   * (right-justified).
   */
  public record Field(String name, int from, int to, boolean numeric) {

    public int width() {
      return to - from + 1;
    }

    /** The field's text in a record, stripped; empty when the record ends before the field. */
    String cut(String record) {
      if (record.length() < from) {
        return "";
      }
      return record.substring(from - 1, Math.min(to, record.length())).strip();
    }
  }

  public static final List<Field> FIELDS =
      List.of(
          text("HCPCS", 1, 5),
          text("MOD", 6, 7),
          text("DESCRIPTION", 8, 57),
          text("STATUS CODE", 58, 58),
          text("NOT USED FOR MEDICARE PAYMENT", 59, 59),
          number("WORK RVU", 60, 65),
          number("NON-FAC PE RVU", 66, 71),
          text("NON-FAC NA INDICATOR", 72, 73),
          number("FACILITY PE RVU", 74, 79),
          text("FACILITY NA INDICATOR", 80, 81),
          number("MP RVU", 82, 87),
          number("NON-FACILITY TOTAL", 88, 93),
          number("FACILITY TOTAL", 94, 99),
          text("PCTC IND", 100, 100),
          text("GLOB DAYS", 101, 103),
          number("PRE OP", 104, 108),
          number("INTRA OP", 109, 113),
          number("POST OP", 114, 118),
          text("MULT PROC", 119, 119),
          text("BILAT SURG", 120, 120),
          text("ASST SURG", 121, 121),
          text("CO-SURG", 122, 122),
          text("TEAM SURG", 123, 123),
          text("ENDO BASE", 124, 128),
          number("CONV FACTOR", 129, 136),
          text("PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES", 137, 138),
          text("CALCULATION FLAG", 139, 139),
          text("DIAGNOSTIC IMAGING FAMILY INDICATOR", 140, 141),
          number("NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT", 142, 147),
          number("FACILITY PE USED FOR OPPS PAYMENT AMOUNT", 148, 153),
          number("MP USED FOR OPPS PAYMENT AMOUNT", 154, 159));

  private RvuTxtLayout() {}

  /** The field whose name is, or starts with, the given one (as the csv reader matches headers). */
  public static Field field(String name) {
    List<String> names = FIELDS.stream().map(Field::name).toList();
    int i = Csv.column(names, name);
    if (i < 0) {
      throw new IllegalArgumentException("the PPRRVU txt layout has no field '" + name + "'");
    }
    return FIELDS.get(i);
  }

  /**
   * One record from values by field name (fields not given stay blank), trailing blanks kept to
   * {@value #RECORD} characters. A value wider than its field is refused.
   */
  public static String format(Map<String, String> values) {
    char[] record = new char[RECORD];
    Arrays.fill(record, ' ');
    values.forEach(
        (name, value) -> {
          Field f = field(name);
          if (value.length() > f.width()) {
            throw new IllegalArgumentException(
                f.name() + " '" + value + "' is wider than columns " + f.from() + "-" + f.to());
          }
          int at = f.numeric() ? f.to() - value.length() : f.from() - 1;
          value.getChars(0, value.length(), record, at);
        });
    return new String(record);
  }

  private static Field text(String name, int from, int to) {
    return new Field(name, from, to, false);
  }

  private static Field number(String name, int from, int to) {
    return new Field(name, from, to, true);
  }
}
