package org.cptx.content.importer.synthetic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes MODUL.txt in the AMA's layout with invented text: Windows-1252, CRLF, a notice block,
 * "Appendix A" and prose before the first entry, prose between and inside sections, headings split
 * over two lines, trailing spaces, {@code NN Title: definition} entries running over several lines,
 * the physical status section with its {@code Example:} lines and {@code Physical Status Modifier
 * P1: title} entries, the ASC heading before "CPT Level I Modifiers", Category II entries with
 * {@code Reasons include:} lists, one-line Level II entries (some marked with a footnote asterisk)
 * and the footnote paragraph in parentheses.
 */
final class SyntheticModul {

  private static final List<String> FOOTNOTED = List.of("XE", "XP", "XS", "XU");

  private final PrintWriter w;

  private SyntheticModul(PrintWriter w) {
    this.w = w;
  }

  static void write(Path file) throws IOException {
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(file, Charset.forName("windows-1252")))) {
      new SyntheticModul(w).all();
    }
  }

  private void all() {
    lines(
        "CPT\u00ae 2026 Appendix A \u2013 Modifiers (synthetic)   ",
        SyntheticAmaFiles.NOTICE,
        "Synthetic notice paragraph: \u201cCPT\u201d\u00ae stands in here for the AMA\u2019s registered sign.",
        "",
        "",
        "Appendix A   ",
        "Modifiers",
        "Synthetic prose about modifiers in general, invented for cptx tests; it runs",
        "over two lines and says nothing about real coding.",
        "");
    SyntheticModifiers.GENERAL.forEach(this::regular);
    lines(
        "Synthetic prose between sections (invented).",
        "",
        "Anesthesia Physical Status   ",
        "Modifiers",
        "Synthetic prose on physical status modifiers (invented for cptx tests).",
        "",
        "Example: 00100-P1",
        "Example: 00100-P2",
        "");
    for (String code : SyntheticModifiers.PHYSICAL_STATUS) {
      lines("Physical Status Modifier " + code + ": " + SyntheticModifiers.title(code) + "   ", "");
    }
    lines(
        "Modifiers Approved for Ambulatory Surgery Center (ASC) Hospital Outpatient Use",
        "CPT Level I Modifiers",
        "Synthetic prose on the ASC list (invented for cptx tests).",
        "");
    SyntheticModifiers.LEVEL_ONE.forEach(this::regular);
    lines("Category II Modifiers", "Synthetic prose on Category II modifiers (invented).", "");
    for (String code : SyntheticModifiers.CATEGORY_TWO) {
      lines(
          code + " " + SyntheticModifiers.title(code),
          "Reasons include:",
          "\u2022 Synthetic reason one for " + code + " (invented)",
          "\u2022 Synthetic reason two (invented)",
          "");
    }
    lines("Level II (HCPCS/National) Modifiers   ");
    for (String code : SyntheticModifiers.LEVEL_TWO) {
      lines(code + (FOOTNOTED.contains(code) ? "* " : " ") + SyntheticModifiers.title(code) + " ");
    }
    lines(
        "",
        "(*Synthetic footnote: invented HCPCS modifiers for selective identification of subsets of a"
            + " synthetic modifier [-59 modifier])",
        "",
        "");
  }

  /**
   * {@code NN Title: definition}, the definition split over two lines, the first with trailing
   * spaces.
   */
  private void regular(String code) {
    String definition = SyntheticModifiers.definition(code);
    int split = definition.indexOf(". ") + 1;
    lines(
        code + " " + SyntheticModifiers.title(code) + ": " + definition.substring(0, split) + "  ",
        definition.substring(split + 1),
        "");
  }

  private void lines(String... lines) {
    for (String line : lines) {
      w.print(line + "\r\n");
    }
  }
}
