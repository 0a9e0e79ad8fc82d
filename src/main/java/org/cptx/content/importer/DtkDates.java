package org.cptx.content.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Dates in CPT Link's DTK files: {@code yyyyMMdd}, {@code yyyy-MM-dd} or {@code M/d/yyyy}. */
final class DtkDates {

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.BASIC_ISO_DATE,
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("M/d/uuuu"));

  private DtkDates() {}

  static LocalDate parse(SourceFile file, int index, String column, String value) {
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(value, f);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    throw file.error(
        index, column + " '" + value + "' is not a date (yyyyMMdd, yyyy-MM-dd or M/d/yyyy)");
  }
}
