package org.cptx.content.importer;

import java.util.Map;

/**
 * LONGULT.txt (mixed case: the display) and LONGUT.txt (upper case: the {@code upper} designation):
 * copyright header paragraphs, a blank line, then {@code code<TAB>descriptor}.
 */
public final class LongDescriptorReader {

  private LongDescriptorReader() {}

  /** LONGULT: creates a concept per code, its display the descriptor. */
  public static void readDisplays(SourceFile file, Map<String, CptConcept> codes) {
    read(
        file,
        (code, text, index) -> {
          if (codes.containsKey(code)) {
            throw file.error(index, "code " + code + " is listed twice");
          }
          CptConcept c = new CptConcept(code, false);
          c.kinds.add(CptCodes.kindOf(code));
          c.display = text;
          codes.put(code, c);
        });
  }

  /** LONGUT: the upper-case descriptor of codes LONGULT listed. */
  public static void readUpper(SourceFile file, Map<String, CptConcept> codes) {
    read(file, (code, text, index) -> known(file, codes, code, index).upper = text);
  }

  static CptConcept known(SourceFile file, Map<String, CptConcept> codes, String code, int index) {
    CptConcept c = codes.get(code);
    if (c == null) {
      throw file.error(index, "code " + code + " is not in LONGULT.txt");
    }
    return c;
  }

  private static void read(SourceFile file, RowHandler handler) {
    int start = Headers.dataStart(file, line -> line.indexOf('\t') >= 0, "AMA copyright header");
    for (int i = start; i < file.size(); i++) {
      String line = file.line(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 2) {
        throw file.error(
            i, "expected 2 TAB-separated columns (code, descriptor), found " + cells.length);
      }
      String code = cells[0].trim();
      if (!CptCodes.isCode(code)) {
        throw file.error(i, "'" + code + "' is not a CPT code (4 digits and a digit or letter)");
      }
      String text = cells[1].trim();
      if (text.isEmpty()) {
        throw file.error(i, "code " + code + " has an empty descriptor");
      }
      handler.row(code, text, i);
      file.taken();
    }
  }

  interface RowHandler {
    void row(String code, String text, int index);
  }
}
