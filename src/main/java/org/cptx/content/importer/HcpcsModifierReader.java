package org.cptx.content.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CMS HCPCS Level II file (HCPCyyyy_*_ANWEB.txt): 320-character records. Columns 1-5 the code
 * (for a modifier record: the modifier in 4-5), 6-10 the sequence number, 11 the record id (3 first
 * line of a code, 4 its continuation, 7 first line of a modifier, 8 its continuation), 12-91 the
 * long description, 92-119 the short description. Only modifiers (7 and 8) are taken; continuation
 * lines extend the long description.
 */
public final class HcpcsModifierReader {

  static final int RECORD = 320;

  /** A Level II modifier: code, long description, short description. */
  public record Modifier(String code, String longText, String shortText) {}

  private HcpcsModifierReader() {}

  public static Map<String, Modifier> read(SourceFile file) {
    Map<String, Modifier> modifiers = new LinkedHashMap<>();
    Modifier current = null;
    for (int i = 0; i < file.size(); i++) {
      String line = file.line(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.length() > RECORD || line.length() < 12) {
        throw file.error(
            i,
            "expected a record of at most "
                + RECORD
                + " characters with a record id in column 11,"
                + " found "
                + line.length()
                + " characters");
      }
      char id = line.charAt(10);
      switch (id) {
        case '3', '4' -> current = null;
        case '7' -> current = first(file, i, line, modifiers);
        case '8' -> current = continued(file, i, line, current, modifiers);
        default -> throw file.error(i, "record id '" + id + "' in column 11 is none of 3, 4, 7, 8");
      }
    }
    return modifiers;
  }

  private static Modifier first(
      SourceFile file, int i, String line, Map<String, Modifier> modifiers) {
    String code = modifierCode(file, i, line);
    if (line.length() < 92) {
      throw file.error(
          i,
          "modifier " + code + ": the first record must reach the short description (column 92)");
    }
    if (modifiers.containsKey(code)) {
      throw file.error(i, "modifier " + code + " has a second first-line record (id 7)");
    }
    Modifier m = new Modifier(code, cut(line, 11, 91), cut(line, 91, 119));
    modifiers.put(code, m);
    file.taken();
    return m;
  }

  private static Modifier continued(
      SourceFile file, int i, String line, Modifier current, Map<String, Modifier> modifiers) {
    String code = modifierCode(file, i, line);
    if (current == null || !current.code().equals(code)) {
      throw file.error(
          i,
          "continuation record (id 8) for modifier " + code + " without its first record (id 7)");
    }
    Modifier m =
        new Modifier(
            code, (current.longText() + " " + cut(line, 11, 91)).strip(), current.shortText());
    modifiers.put(code, m);
    return m;
  }

  private static String modifierCode(SourceFile file, int i, String line) {
    String code = line.substring(3, 5);
    if (!line.substring(0, 3).isBlank() || !CptCodes.MODIFIER.matcher(code).matches()) {
      throw file.error(
          i,
          "a modifier record must hold the modifier in columns 4-5, found '"
              + line.substring(0, 5)
              + "'");
    }
    return code;
  }

  private static String cut(String line, int from, int to) {
    return from >= line.length() ? "" : line.substring(from, Math.min(to, line.length())).strip();
  }
}
