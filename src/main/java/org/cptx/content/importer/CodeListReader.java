package org.cptx.content.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A plain list of CPT codes (for example the codes of CPT Appendix P, telemedicine): one code a
 * line. {@code #} starts a comment, on its own line or after the code; blank lines are skipped; the
 * first line with content may be a header when it holds no digit ({@code CPT Code}); anything after
 * the code, past a TAB, comma or space, is ignored (so a list copied from a spreadsheet with a
 * descriptor column works). Every code must be a code of the release, listed once.
 */
public final class CodeListReader {

  private static final Pattern SEPARATOR = Pattern.compile("[\t, ]");

  private CodeListReader() {}

  /** The codes listed, in file order. */
  public static Set<String> read(SourceFile file, Map<String, CptConcept> codes) {
    Map<String, Integer> listed = new LinkedHashMap<>();
    boolean first = true;
    for (int i = 0; i < file.size(); i++) {
      String line = file.line(i);
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        file.skipped(line.isBlank() ? 0 : 1);
        continue;
      }
      boolean header = first && content.chars().noneMatch(Character::isDigit);
      first = false;
      if (header) {
        file.skipped(1);
        continue;
      }
      String code = SEPARATOR.split(content, 2)[0];
      if (!CptCodes.isCode(code)) {
        throw file.error(
            i,
            "'"
                + code
                + "' is not a CPT code (five characters: four digits, then a digit or an"
                + " upper-case letter)");
      }
      if (!codes.containsKey(code)) {
        throw file.error(i, "code " + code + " is not in the AMA release");
      }
      file.taken();
      Integer before = listed.putIfAbsent(code, i);
      if (before != null) {
        throw file.error(
            i, "code " + code + " is listed twice (first on line " + (before + 1) + ")");
      }
    }
    return listed.keySet();
  }
}
