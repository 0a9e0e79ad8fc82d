package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cptx.content.importer.ModifierEntries.First;
import org.cptx.content.importer.ModifierSections.Heading;

/**
 * MODUL.txt, CPT Appendix A as text, in the AMA's layout: a notice block, headings and paragraphs
 * of prose, and entries, each starting a paragraph. A regular entry is {@code NN Title:
 * definition}, the definition running on until a blank line; a physical status entry is {@code
 * Physical Status Modifier P1: title}; in the Level II section each line of a paragraph is an entry
 * ({@code E1 Title}). Prose, examples and footnotes are skipped and counted. Section headings
 * ({@link ModifierSections}), alone or at the top of a paragraph, set the entries' kind: entries
 * before any heading are {@code general}. A modifier listed in two sections gets both kinds; its
 * first text is kept.
 */
public final class ModifierReader {

  private ModifierReader() {}

  public static void read(SourceFile file, Map<String, CptConcept> modifiers) {
    Section section = new Section();
    int i = 0;
    while (i < file.size()) {
      if (file.isBlank(i)) {
        i++;
        continue;
      }
      int end = paragraphEnd(file, i);
      paragraph(file, i, end, section, modifiers);
      i = end;
    }
    if (section.entries == 0) {
      throw file.error(0, "no modifier entries ('NN Title') found");
    }
  }

  /** The kind the current section gives and the codes listed in it so far. */
  private static final class Section {
    String kind = "general";
    final List<String> codes = new ArrayList<>();
    int entries;
  }

  private static int paragraphEnd(SourceFile file, int start) {
    int end = start;
    while (end < file.size() && !file.isBlank(end)) {
      end++;
    }
    return end;
  }

  /**
   * Headings at the top of a paragraph, then one entry (or, in the Level II section, one per line),
   * or prose.
   */
  private static void paragraph(
      SourceFile file, int start, int end, Section section, Map<String, CptConcept> modifiers) {
    int i = start;
    boolean atTop = true;
    while (i < end) {
      Heading heading = ModifierSections.at(file, i, end);
      if (heading != null) {
        if (!heading.kind().equals(ModifierSections.NO_KIND)) {
          section.kind = heading.kind();
        }
        section.codes.clear();
        file.skipped(heading.lines());
        i += heading.lines();
        atTop = true;
        continue;
      }
      First first =
          atTop || section.kind.equals("hcpcs") && !prose(file, i)
              ? ModifierEntries.parse(file, i, section.kind)
              : null;
      if (first == null) {
        file.skipped(1);
        i++;
        atTop = false;
        continue;
      }
      int entryEnd = section.kind.equals("hcpcs") ? levelTwoEnd(file, i, end, section.kind) : end;
      entry(file, i, entryEnd, first, section, modifiers);
      i = entryEnd;
      atTop = section.kind.equals("hcpcs");
    }
  }

  /**
   * In the Level II section, a line in parentheses (the footnote) and what follows it are prose.
   */
  private static boolean prose(SourceFile file, int index) {
    return file.line(index).strip().startsWith("(");
  }

  /**
   * A Level II entry ends at the next line that starts an entry, at a footnote, or at the
   * paragraph's end.
   */
  private static int levelTwoEnd(SourceFile file, int start, int end, String kind) {
    int j = start + 1;
    while (j < end && !prose(file, j) && ModifierEntries.parse(file, j, kind) == null) {
      j++;
    }
    return j;
  }

  private static void entry(
      SourceFile file,
      int start,
      int end,
      First first,
      Section section,
      Map<String, CptConcept> modifiers) {
    String code = first.code();
    if (section.codes.contains(code)) {
      throw file.error(start, "modifier " + code + " is listed twice in one section");
    }
    section.codes.add(code);
    section.entries++;
    file.taken();
    CptConcept c = modifiers.computeIfAbsent(code, k -> new CptConcept(k, true));
    c.kinds.add(section.kind);
    if (c.display == null) {
      c.display = first.title();
      StringBuilder definition =
          new StringBuilder(first.definition() == null ? "" : first.definition());
      for (int j = start + 1; j < end; j++) {
        definition.append(definition.isEmpty() ? "" : " ").append(file.line(j).strip());
      }
      c.definition = definition.isEmpty() ? null : definition.toString();
    }
  }
}
