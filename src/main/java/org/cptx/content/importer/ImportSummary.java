package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import read: per file the lines read, entries taken and notice or prose lines skipped;
 * the modifiers per kind; the codes per kind (Category I, II, III, PLA); the deleted codes.
 */
public final class ImportSummary {

  /** One file read. */
  public record FileCount(String name, int lines, int entries, int skipped) {}

  private final List<SourceFile> files = new ArrayList<>();
  private final Map<String, Integer> modifierKinds = new LinkedHashMap<>();
  private final Map<String, Integer> codeKinds = new LinkedHashMap<>();
  private int deleted;

  void file(SourceFile file) {
    files.add(file);
  }

  void release(CptRelease release) {
    for (String kind : List.of("Category I", "Category II", "Category III", "PLA")) {
      codeKinds.put(kind, 0);
    }
    for (CptConcept c : release.codes.values()) {
      if (c.deleted != null) {
        deleted++;
      } else {
        codeKinds.merge(categoryOf(c.code), 1, Integer::sum);
      }
    }
    for (CptConcept m : release.modifiers.values()) {
      m.kinds.forEach(kind -> modifierKinds.merge(kind, 1, Integer::sum));
    }
  }

  /**
   * Category I (numeric), II (nnnnF), III (nnnnT), PLA (nnnnU); other shapes by their fifth
   * character.
   */
  static String categoryOf(String code) {
    return switch (code.charAt(4)) {
      case 'F' -> "Category II";
      case 'T' -> "Category III";
      case 'U' -> "PLA";
      default ->
          Character.isDigit(code.charAt(4)) ? "Category I" : "other (nnnn" + code.charAt(4) + ")";
    };
  }

  public List<FileCount> files() {
    return files.stream()
        .map(
            f ->
                new FileCount(
                    f.path().getFileName().toString(), f.size(), f.entries(), f.skippedLines()))
        .toList();
  }

  public Map<String, Integer> modifierKinds() {
    return modifierKinds;
  }

  public Map<String, Integer> codeKinds() {
    return codeKinds;
  }

  public int deleted() {
    return deleted;
  }

  /** The summary as text lines. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (FileCount f : files()) {
      out.add(
          f.name()
              + ": "
              + f.lines()
              + " lines read, "
              + f.entries()
              + " entries taken, "
              + f.skipped()
              + " notice and prose lines skipped");
    }
    out.add("modifiers per kind: " + join(modifierKinds));
    out.add("codes per kind: " + join(codeKinds) + "; deleted codes: " + deleted);
    return out;
  }

  private static String join(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k + " " + v));
    return String.join(", ", parts);
  }
}
