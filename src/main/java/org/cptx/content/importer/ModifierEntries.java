package org.cptx.content.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of a MODUL.txt entry's first line. A regular entry is {@code NN Title} or {@code NN
 * Title: definition} (the definition runs on over the following lines until a blank line); a Level
 * II entry may mark its code with a footnote asterisk ({@code XS* Title} or {@code XS *Title}); a
 * physical status entry is {@code Physical Status Modifier P1: Title}. Lines that start like an
 * entry but are not one are errors.
 */
final class ModifierEntries {

  private static final Pattern REGULAR = Pattern.compile("([0-9A-Z]{2})\\*? +\\*?(\\S.*)");
  private static final Pattern NUMERIC_START =
      Pattern.compile("[0-9]{2}(?:[^0-9A-Z ].*)?|[0-9A-Z]{2}\\*?");
  private static final Pattern PHYSICAL_PREFIX =
      Pattern.compile("(?i)physical status modifier\\b.*");
  private static final Pattern PHYSICAL =
      Pattern.compile("Physical Status Modifier (P[1-6]): *(\\S.*)");

  private ModifierEntries() {}

  /** An entry's code, title and the definition text on its first line (null when none). */
  record First(String code, String title, String definition) {}

  /**
   * The entry a paragraph's first line starts, or null for prose. {@code section} is the current
   * kind: outside the Level II and Category II sections a regular code is two digits, so prose such
   * as "US Government ..." is prose.
   */
  static First parse(SourceFile file, int index, String section) {
    String line = file.line(index).strip();
    if (PHYSICAL_PREFIX.matcher(line).matches()) {
      Matcher m = PHYSICAL.matcher(line);
      if (!m.matches()) {
        throw file.error(
            index,
            "expected 'Physical Status Modifier P1: title' (P1 to P6), found '" + line + "'");
      }
      return new First(m.group(1), m.group(2).strip(), null);
    }
    Matcher m = REGULAR.matcher(line);
    if (m.matches() && codeFits(m.group(1), section)) {
      return section.equals("hcpcs")
          ? new First(m.group(1), m.group(2).strip(), null)
          : split(m.group(1), m.group(2).strip());
    }
    if (NUMERIC_START.matcher(line).matches()) {
      throw file.error(
          index,
          "expected a modifier entry 'NN Title' (two characters, a space, the title), found '"
              + line
              + "'");
    }
    return null;
  }

  private static boolean codeFits(String code, String section) {
    return switch (section) {
      case "hcpcs" -> true;
      case "cat-2" -> code.matches("[0-9][A-Z]");
      case "physical-status" -> code.matches("P[0-9]");
      default -> code.matches("[0-9]{2}");
    };
  }

  /**
   * "Title: definition" -> title and definition; a title without a colon has its definition on
   * later lines. A Level II entry is one line, its title whole.
   */
  private static First split(String code, String rest) {
    int colon = rest.indexOf(": ");
    if (colon > 0) {
      return new First(code, rest.substring(0, colon).strip(), rest.substring(colon + 2).strip());
    }
    if (rest.endsWith(":") && rest.length() > 1) {
      return new First(code, rest.substring(0, rest.length() - 1).strip(), null);
    }
    return new First(code, rest, null);
  }
}
