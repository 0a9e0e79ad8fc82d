package org.cptx.content.importer;

import java.util.Locale;
import java.util.Map;

/**
 * The section headings of MODUL.txt and the kind each gives its entries. A heading may be split
 * over two lines ("Anesthesia Physical Status" / "Modifiers") and may carry trailing spaces; case
 * and runs of spaces do not count. The ASC heading ("Modifiers Approved for Ambulatory Surgery
 * Center (ASC) Hospital Outpatient Use") opens the ASC part without a kind of its own: "CPT Level I
 * Modifiers" follows it.
 */
final class ModifierSections {

  /**
   * The kind of a heading that opens a part but leaves the entries' kind to the heading after it.
   */
  static final String NO_KIND = "";

  private static final Map<String, String> KINDS =
      Map.of(
          "anesthesia physical status modifiers", "physical-status",
          "modifiers approved for ambulatory surgery center (asc) hospital outpatient use", NO_KIND,
          "cpt level i modifiers", "cat-1",
          "category ii modifiers", "cat-2",
          "level ii (hcpcs/national) modifiers", "hcpcs");

  private ModifierSections() {}

  /** A heading found at a line: the kind it gives and how many lines (1 or 2) it takes. */
  record Heading(String kind, int lines) {}

  /**
   * The heading that starts at {@code index} within the paragraph's last line {@code end}
   * (exclusive), or null.
   */
  static Heading at(SourceFile file, int index, int end) {
    String one = normal(file.line(index));
    String kind = KINDS.get(one);
    if (kind != null) {
      return new Heading(kind, 1);
    }
    if (index + 1 < end) {
      kind = KINDS.get(one + " " + normal(file.line(index + 1)));
      if (kind != null) {
        return new Heading(kind, 2);
      }
    }
    return null;
  }

  private static String normal(String line) {
    return line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
