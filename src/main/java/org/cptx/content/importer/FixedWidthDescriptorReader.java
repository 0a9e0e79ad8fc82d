package org.cptx.content.importer;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * MEDU.txt and SHORTU.txt: header paragraphs, a blank line, then fixed width: code in columns 1-5,
 * a space in column 6, the descriptor from column 7 (at most 48 characters in MEDU, 28 in SHORTU).
 */
public final class FixedWidthDescriptorReader {

  private static final Pattern ROW = Pattern.compile("[0-9A-Z]{5} \\S.*");

  /** Which designation a file fills. */
  public enum Width {
    MEDIUM(48),
    SHORT(28);

    final int max;

    Width(int max) {
      this.max = max;
    }
  }

  private FixedWidthDescriptorReader() {}

  public static void read(SourceFile file, Map<String, CptConcept> codes, Width width) {
    int start =
        Headers.dataStart(file, line -> ROW.matcher(line).matches(), "AMA copyright header");
    for (int i = start; i < file.size(); i++) {
      String line = file.line(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.length() < 7 || line.charAt(5) != ' ' || line.charAt(6) == ' ') {
        throw file.error(
            i,
            "expected the code in columns 1-5, a space in column 6 and the descriptor from column 7");
      }
      String code = line.substring(0, 5);
      if (!CptCodes.isCode(code)) {
        throw file.error(i, "'" + code + "' in columns 1-5 is not a CPT code");
      }
      String text = line.substring(6).stripTrailing();
      if (text.length() > width.max) {
        throw file.error(
            i,
            "the descriptor has "
                + text.length()
                + " characters; at most "
                + width.max
                + " fit columns 7-"
                + (6 + width.max));
      }
      CptConcept c = LongDescriptorReader.known(file, codes, code, i);
      file.taken();
      if (width == Width.MEDIUM) {
        c.medium = text;
      } else {
        c.shortText = text;
      }
    }
  }
}
