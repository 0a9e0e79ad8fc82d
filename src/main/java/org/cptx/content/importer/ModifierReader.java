package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * MODUL.txt, CPT Appendix A as text. Optional header paragraphs, then entries separated by blank lines: the first
 * line {@code NN Title}, further lines the definition. Section headings switch the kind of the entries below them:
 * the entries before any heading are {@code general}; "Anesthesia Physical Status Modifiers" {@code physical-status};
 * "CPT Level I Modifiers" {@code cat-1}; "Category II Modifiers" {@code cat-2}; "Level II (HCPCS/National)
 * Modifiers" {@code hcpcs}. A modifier listed in two sections gets both kinds; its first text is kept.
 */
public final class ModifierReader {

  private static final Pattern ENTRY = Pattern.compile("[0-9A-Z]{2} \\S.*");
  private static final Map<String, String> SECTIONS = Map.of(
      "anesthesia physical status modifiers", "physical-status",
      "cpt level i modifiers", "cat-1",
      "category ii modifiers", "cat-2",
      "level ii (hcpcs/national) modifiers", "hcpcs");

  private ModifierReader() {}

  public static void read(SourceFile file, Map<String, CptConcept> modifiers) {
    String kind = "general";
    boolean seenEntry = false;
    List<String> sectionCodes = new ArrayList<>();
    int i = 0;
    while (i < file.size()) {
      if (file.isBlank(i)) {
        i++;
        continue;
      }
      int end = blockEnd(file, i);
      String first = file.line(i).strip();
      String section = SECTIONS.get(first.toLowerCase(Locale.ROOT));
      if (section != null) {
        if (end - i > 1) {
          throw file.error(i + 1, "expected a blank line after the heading '" + first + "'");
        }
        kind = section;
        sectionCodes.clear();
      } else if (ENTRY.matcher(file.line(i)).matches()) {
        entry(file, i, end, kind, modifiers, sectionCodes);
        seenEntry = true;
      } else if (seenEntry) {
        throw file.error(i, "expected a modifier entry 'NN Title' or a section heading, found '" + first + "'");
      }
      i = end;
    }
    if (!seenEntry) {
      throw file.error(0, "no modifier entries ('NN Title') found");
    }
  }

  private static int blockEnd(SourceFile file, int start) {
    int end = start;
    while (end < file.size() && !file.isBlank(end)) {
      end++;
    }
    return end;
  }

  private static void entry(SourceFile file, int start, int end, String kind, Map<String, CptConcept> modifiers,
      List<String> sectionCodes) {
    String line = file.line(start).strip();
    String code = line.substring(0, 2);
    if (sectionCodes.contains(code)) {
      throw file.error(start, "modifier " + code + " is listed twice in one section");
    }
    sectionCodes.add(code);
    CptConcept c = modifiers.computeIfAbsent(code, k -> new CptConcept(k, true));
    c.kinds.add(kind);
    if (c.display == null) {
      c.display = line.substring(3).strip();
      StringBuilder definition = new StringBuilder();
      for (int j = start + 1; j < end; j++) {
        definition.append(definition.isEmpty() ? "" : " ").append(file.line(j).strip());
      }
      c.definition = definition.isEmpty() ? null : definition.toString();
    }
  }
}
