package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.content.importer.Files4Test.source;
import static org.cptx.content.importer.Files4Test.withHeader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cptx.content.importer.FixedWidthDescriptorReader.Width;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorReadersTest {

  @TempDir Path dir;

  private final Map<String, CptConcept> codes = new LinkedHashMap<>();

  @BeforeEach
  void longult() {
    LongDescriptorReader.readDisplays(
        source(
            dir,
            "LONGULT.txt",
            withHeader(
                "99901\tSynthetic procedure one",
                "9990F\tSynthetic quality measure",
                "9990T\tSynthetic emerging technology")),
        codes);
  }

  @Test
  void longDescriptorsGiveDisplaysAndKinds() {
    assertThat(codes).containsOnlyKeys("99901", "9990F", "9990T");
    assertThat(codes.get("99901").display).isEqualTo("Synthetic procedure one");
    assertThat(codes.get("9990F").kinds).containsExactly("cat-2");
    assertThat(codes.get("9990T").kinds).containsExactly("code");
    LongDescriptorReader.readUpper(
        source(dir, "LONGUT.txt", withHeader("99901\tSYNTHETIC PROCEDURE ONE")), codes);
    assertThat(codes.get("99901").upper).isEqualTo("SYNTHETIC PROCEDURE ONE");
  }

  @Test
  void longDescriptorErrorsNameFileAndLine() {
    assertThatThrownBy(
            () ->
                LongDescriptorReader.readUpper(
                    source(dir, "LONGUT.txt", withHeader("99901\tONE", "99902\tTWO\tEXTRA")),
                    codes))
        .hasMessage("LONGUT.txt:6: expected 2 TAB-separated columns (code, descriptor), found 3");
    assertThatThrownBy(
            () ->
                LongDescriptorReader.readUpper(
                    source(dir, "LONGUT.txt", withHeader("99999\tX")), codes))
        .hasMessage("LONGUT.txt:5: code 99999 is not in LONGULT.txt");
    assertThatThrownBy(
            () ->
                LongDescriptorReader.readDisplays(
                    source(dir, "LONGULT.txt", "99901\tNo header"), new LinkedHashMap<>()))
        .hasMessage("LONGULT.txt:1: missing AMA copyright header before the first row");
    assertThatThrownBy(
            () ->
                LongDescriptorReader.readDisplays(
                    source(dir, "LONGULT.txt", withHeader("9X901\tBad")), new LinkedHashMap<>()))
        .hasMessageStartingWith("LONGULT.txt:5: '9X901' is not a CPT code");
  }

  @Test
  void fixedWidthFillsMediumAndShort() {
    FixedWidthDescriptorReader.read(
        source(dir, "MEDU.txt", withHeader("99901 SYNTH PROC ONE MEDIUM")), codes, Width.MEDIUM);
    FixedWidthDescriptorReader.read(
        source(dir, "SHORTU.txt", withHeader("99901 SYNTH ONE")), codes, Width.SHORT);
    assertThat(codes.get("99901").medium).isEqualTo("SYNTH PROC ONE MEDIUM");
    assertThat(codes.get("99901").shortText).isEqualTo("SYNTH ONE");
  }

  @Test
  void badFixedWidthIsReported() {
    assertThatThrownBy(
            () ->
                FixedWidthDescriptorReader.read(
                    source(dir, "SHORTU.txt", withHeader("99901 SYNTH ONE", "9990F  TWO SPACES")),
                    codes,
                    Width.SHORT))
        .hasMessage(
            "SHORTU.txt:6: expected the code in columns 1-5, a space in column 6 and the descriptor from"
                + " column 7");
    assertThatThrownBy(
            () ->
                FixedWidthDescriptorReader.read(
                    source(
                        dir,
                        "SHORTU.txt",
                        withHeader("99901 SYNTHETIC DESCRIPTOR FAR TOO LONG FOR SHORTU")),
                    codes,
                    Width.SHORT))
        .hasMessageStartingWith("SHORTU.txt:5: the descriptor has 44 characters; at most 28");
    assertThatThrownBy(
            () ->
                FixedWidthDescriptorReader.read(
                    source(dir, "MEDU.txt", "Synthetic header", "99901 SYNTH"),
                    codes,
                    Width.MEDIUM))
        .hasMessage("MEDU.txt:2: expected a blank line between the header and the first row");
  }

  @Test
  void consumerAndClinicianDescriptors() {
    ConsumerDescriptorReader.read(
        source(
            dir,
            "ConsumerDescriptor.txt",
            "Concept Id\tCPT Code\tConsumer Friendly Descriptor",
            "1\t99901\tSynthetic consumer text"),
        codes);
    ClinicianDescriptorReader.read(
        source(
            dir,
            "ClinicianDescriptor.txt",
            "Concept Id\tCPT Code\tClinician Descriptor Id\tClinician Descriptor",
            "1\t99901\t10\tSynthetic A",
            "1\t99901\t11\tSynthetic B"),
        codes);
    assertThat(codes.get("99901").consumer).isEqualTo("Synthetic consumer text");
    assertThat(codes.get("99901").clinician).containsExactly("Synthetic A", "Synthetic B");
  }

  @Test
  void tabFileErrors() {
    assertThatThrownBy(
            () ->
                ConsumerDescriptorReader.read(
                    source(dir, "ConsumerDescriptor.txt", "1\t99901\tSynthetic consumer text"),
                    codes))
        .hasMessage(
            "ConsumerDescriptor.txt:1: missing header row 'Concept Id<TAB>CPT Code<TAB>Consumer Friendly"
                + " Descriptor'");
    assertThatThrownBy(
            () ->
                ClinicianDescriptorReader.read(
                    source(
                        dir,
                        "ClinicianDescriptor.txt",
                        "Concept Id\tCPT Code\tClinician Descriptor Id\tClinician Descriptor",
                        "1\t99901\tSynthetic"),
                    codes))
        .hasMessageStartingWith("ClinicianDescriptor.txt:2: expected 4 TAB-separated columns");
  }
}
