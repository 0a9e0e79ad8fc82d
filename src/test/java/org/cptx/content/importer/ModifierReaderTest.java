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

  @TempDir
  Path dir;

  @Test
  void sectionsGiveKindsAndEntriesSpanLines() {
    Map<String, CptConcept> modifiers = new LinkedHashMap<>();
    ModifierReader.read(source(dir, "MODUL.txt", "Synthetic Appendix A header", "",
        "25 Synthetic Modifier Title", "Synthetic definition line one", "and line two.", "",
        "Anesthesia Physical Status Modifiers", "", "P1 Synthetic physical status", "",
        "CPT Level I Modifiers", "", "25 Synthetic again", "",
        "Category II Modifiers", "", "1P Synthetic exclusion", "",
        "Level II (HCPCS/National) Modifiers", "", "LT Synthetic left side"), modifiers);
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
  void malformedEntriesNameTheLine() {
    assertThatThrownBy(() -> ModifierReader.read(source(dir, "MODUL.txt", "Header", "", "22 Synthetic", "",
        "Not an entry line"), new LinkedHashMap<>()))
        .hasMessage("MODUL.txt:5: expected a modifier entry 'NN Title' or a section heading, found 'Not an entry"
            + " line'");
    assertThatThrownBy(() -> ModifierReader.read(source(dir, "MODUL.txt", "Header", "", "22 A", "", "22 B"),
        new LinkedHashMap<>())).hasMessage("MODUL.txt:5: modifier 22 is listed twice in one section");
    assertThatThrownBy(() -> ModifierReader.read(source(dir, "MODUL.txt", "Only a header"), new LinkedHashMap<>()))
        .hasMessage("MODUL.txt:1: no modifier entries ('NN Title') found");
  }
}
