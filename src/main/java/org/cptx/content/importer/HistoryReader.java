package org.cptx.content.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cptx.content.importer.CptConcept.HistoryEvent;

/**
 * History_DTK_tab.txt: TAB, header row {@code Date, Change Type, Concept Id, CPT Code, Level, Prior
 * Value, Current Value, Instruction}. Each row becomes a history event (added, changed, deleted) on
 * its code; the note is the instruction, or else the level that changed. Rows for codes the release
 * does not hold are counted and skipped.
 */
public final class HistoryReader {

  static final List<String> COLUMNS =
      List.of(
          "Date",
          "Change Type",
          "Concept Id",
          "CPT Code",
          "Level",
          "Prior Value",
          "Current Value",
          "Instruction");

  private HistoryReader() {}

  /** Returns how many rows named codes the release does not hold. */
  public static int read(SourceFile file, CptRelease release) {
    int unknown = 0;
    for (TabFile.Row row : TabFile.rows(file, COLUMNS)) {
      LocalDate date = DtkDates.parse(file, row.index(), "Date", row.get(0));
      String action = action(file, row);
      CptConcept c = release.find(row.get(3));
      if (c == null) {
        unknown++;
        continue;
      }
      c.history.add(new HistoryEvent(date, action, note(row, action)));
      file.taken();
    }
    return unknown;
  }

  private static String action(SourceFile file, TabFile.Row row) {
    String type = row.get(1).toLowerCase(Locale.ROOT);
    if (type.contains("add")) {
      return "added";
    }
    if (type.contains("delet")) {
      return "deleted";
    }
    if (type.contains("chang") || type.contains("revis")) {
      return "changed";
    }
    throw file.error(
        row.index(), "Change Type '" + row.get(1) + "' is none of Added, Changed, Deleted");
  }

  private static String note(TabFile.Row row, String action) {
    if (!row.get(7).isEmpty()) {
      return row.get(7);
    }
    if (action.equals("changed")) {
      return (row.get(4).isEmpty() ? "Descriptor" : row.get(4)) + " changed";
    }
    return Character.toUpperCase(action.charAt(0)) + action.substring(1);
  }
}
