package org.cptx.content.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptx.content.importer.CptRelease.Replacement;

/**
 * Deleted_DTK_tab.txt: TAB, header row {@code Concept Id, Code, Date Deleted, Level, Descriptor,
 * Instruction}. A deleted code not active in this release becomes a retired concept; an instruction
 * that names codes after "use", "see" or "report" (e.g. "To report, use 12345, 12346") gives a
 * replacement for the ConceptMap.
 */
public final class DeletedCodeReader {

  static final List<String> COLUMNS =
      List.of("Concept Id", "Code", "Date Deleted", "Level", "Descriptor", "Instruction");

  private static final Pattern POINTER = Pattern.compile("(?i)\\b(?:use|see|report)\\b(.*)");
  private static final Pattern CODE = Pattern.compile("\\b[0-9]{4}[0-9A-Z]\\b");

  private DeletedCodeReader() {}

  public static void read(SourceFile file, CptRelease release) {
    for (TabFile.Row row : TabFile.rows(file, COLUMNS)) {
      String code = row.get(1);
      if (!CptCodes.isCode(code)) {
        throw file.error(row.index(), "'" + code + "' is not a CPT code");
      }
      LocalDate date = DtkDates.parse(file, row.index(), "Date Deleted", row.get(2));
      String descriptor = row.get(4);
      if (!release.codes.containsKey(code)) {
        CptConcept c = new CptConcept(code, false);
        c.kinds.add(CptCodes.kindOf(code));
        c.display = descriptor.isEmpty() ? "Deleted code " + code : descriptor;
        c.deleted = date;
        release.codes.put(code, c);
      }
      file.taken();
      List<String> targets = targets(row.get(5), code);
      if (!targets.isEmpty()) {
        release.replacements.add(new Replacement(code, descriptor, targets, row.get(5)));
      }
    }
  }

  /**
   * The codes an instruction names after its first "use", "see" or "report"; none when it names
   * none.
   */
  static List<String> targets(String instruction, String self) {
    Matcher pointer = POINTER.matcher(instruction);
    List<String> codes = new ArrayList<>();
    if (pointer.find()) {
      Matcher m = CODE.matcher(pointer.group(1));
      while (m.find()) {
        if (!m.group().equals(self) && !codes.contains(m.group())) {
          codes.add(m.group());
        }
      }
    }
    return codes;
  }
}
