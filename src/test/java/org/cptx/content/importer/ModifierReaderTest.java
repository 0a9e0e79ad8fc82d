package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.content.importer.Files4Test.source;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModifierReaderTest {

  @TempDir Path dir;

  @Test
  void sectionsGiveKindsAndEntriesSpanLines() {
    Map<String, CptConcept> modifiers = new LinkedHashMap<>();
    ModifierReader.read(
        source(
            dir,
            "MODUL.txt",
            "Synthetic Appendix A header",
            "",
            "25 Synthetic Modifier Title",
            "Synthetic definition line one",
            "and line two.",
            "",
            "Anesthesia Physical Status Modifiers",
            "",
            "P1 Synthetic physical status",
            "",
            "CPT Level I Modifiers",
            "",
            "25 Synthetic again",
            "",
            "Category II Modifiers",
            "",
            "1P Synthetic exclusion",
            "",
            "Level II (HCPCS/National) Modifiers",
            "",
            "LT Synthetic left side"),
        modifiers);
    assertThat(modifiers).containsOnlyKeys("25", "P1", "1P", "LT");
    CptConcept m25 = modifiers.get("25");
    assertThat(m25.display).isEqualTo("Synthetic Modifier Title");
    assertThat(m25.definition).isEqualTo("Synthetic definition line one and line two.");
    assertThat(m25.kinds).containsExactly("general", "cat-1");
    assertThat(modifiers.get("P1").kinds).containsExactly("physical-status");
    assertThat(modifiers.get("1P").kinds).containsExactly("cat-2");
    assertThat(modifiers.get("LT").kinds).containsExactly("hcpcs");
  }

  @Test
  void theRealShapeImportsEverySectionWithItsKind() throws Exception {
    Path file = dir.resolve("MODUL.txt");
    try (var in = ModifierReaderTest.class.getResourceAsStream("/importer/MODUL-real-shape.txt")) {
      java.nio.file.Files.copy(in, file);
    }
    SourceFile source = SourceFile.read(file, Progress.silent());
    Map<String, CptConcept> modifiers = new LinkedHashMap<>();
    ModifierReader.read(source, modifiers);
    assertThat(modifiers)
        .containsOnlyKeys(
            "22", "25", "59", "P1", "P2", "P3", "P4", "P5", "P6", "73", "1P", "8P", "E1", "LT",
            "XS", "XU");
    assertThat(ofKind(modifiers, "general")).containsExactly("22", "25", "59");
    assertThat(ofKind(modifiers, "physical-status"))
        .containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
    assertThat(ofKind(modifiers, "cat-1")).containsExactly("25", "73");
    assertThat(ofKind(modifiers, "cat-2")).containsExactly("1P", "8P");
    assertThat(ofKind(modifiers, "hcpcs")).containsExactly("E1", "LT", "XS", "XU");
    CptConcept m22 = modifiers.get("22");
    assertThat(m22.display).isEqualTo("Synthetic modifier 22 (invented for cptx tests)");
    assertThat(m22.definition)
        .isEqualTo(
            "Synthetic definition of 22 that runs on over a second line and a third" + " line.");
    assertThat(modifiers.get("P3").display).isEqualTo("Synthetic status three (invented)");
    assertThat(modifiers.get("1P").display)
        .isEqualTo("Synthetic Category II exclusion 1P (invented)");
    assertThat(modifiers.get("1P").definition)
        .isEqualTo("Reasons include: \u2022 Synthetic reason one \u2022 Synthetic reason two");
    assertThat(modifiers.get("E1").display).isEqualTo("Synthetic Level II modifier E1, invented");
    assertThat(modifiers.get("E1").definition).isNull();
    assertThat(modifiers.get("XS").display).isEqualTo("Synthetic Level II modifier XS, invented");
    assertThat(modifiers.get("XU").display).isEqualTo("Synthetic Level II modifier XU, invented");
    assertThat(modifiers.get("25").display)
        .as("the first text is kept")
        .isEqualTo("Synthetic modifier 25 (invented for cptx tests)");
    assertThat(source.entries()).isEqualTo(17);
    assertThat(source.skippedLines())
        .as("notice, headings, prose, examples, footnote")
        .isEqualTo(23);
  }

  private static java.util.List<String> ofKind(Map<String, CptConcept> modifiers, String kind) {
    return modifiers.values().stream()
        .filter(c -> c.kinds.contains(kind))
        .map(CptConcept::code)
        .toList();
  }

  @Test
  void proseIsSkippedWhereverItStands() {
    Map<String, CptConcept> modifiers = new LinkedHashMap<>();
    SourceFile file =
        source(
            dir,
            "MODUL.txt",
            "Header",
            "",
            "22 Synthetic",
            "",
            "Synthetic prose, not an entry",
            "",
            "Category II Modifiers",
            "Synthetic prose under the heading",
            "",
            "2P Synthetic two");
    ModifierReader.read(file, modifiers);
    assertThat(modifiers).containsOnlyKeys("22", "2P");
    assertThat(file.skippedLines()).isEqualTo(4);
  }

  @Test
  void malformedEntriesNameTheLine() {
    assertThatThrownBy(
            () ->
                ModifierReader.read(
                    source(dir, "MODUL.txt", "Header", "", "22 Synthetic", "", "23"),
                    new LinkedHashMap<>()))
        .hasMessage(
            "MODUL.txt:5: expected a modifier entry 'NN Title' (two characters, a space, the title), found"
                + " '23'");
    assertThatThrownBy(
            () ->
                ModifierReader.read(
                    source(dir, "MODUL.txt", "Header", "", "24:Synthetic"), new LinkedHashMap<>()))
        .hasMessageStartingWith("MODUL.txt:3: expected a modifier entry 'NN Title'");
    assertThatThrownBy(
            () ->
                ModifierReader.read(
                    source(
                        dir,
                        "MODUL.txt",
                        "Anesthesia Physical Status Modifiers",
                        "",
                        "Physical Status Modifier P7: Synthetic"),
                    new LinkedHashMap<>()))
        .hasMessage(
            "MODUL.txt:3: expected 'Physical Status Modifier P1: title' (P1 to P6), found 'Physical Status"
                + " Modifier P7: Synthetic'");
    assertThatThrownBy(
            () ->
                ModifierReader.read(
                    source(dir, "MODUL.txt", "Header", "", "22 A", "", "22 B"),
                    new LinkedHashMap<>()))
        .hasMessage("MODUL.txt:5: modifier 22 is listed twice in one section");
    assertThatThrownBy(
            () ->
                ModifierReader.read(
                    source(dir, "MODUL.txt", "Only a header"), new LinkedHashMap<>()))
        .hasMessage("MODUL.txt:1: no modifier entries ('NN Title') found");
  }
}
