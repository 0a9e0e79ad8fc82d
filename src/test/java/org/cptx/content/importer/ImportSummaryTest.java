package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cptx.content.ContentLoader;
import org.cptx.content.importer.ImportSummary.FileCount;
import org.cptx.content.importer.synthetic.SyntheticRelease;
import org.cptx.support.TestContent;
import org.cptx.terminology.Concept;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Terminology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated release in the AMA's shapes (notice blocks, prose in MODUL.txt, Windows-1252, a
 * byte-order mark, trailing spaces, quoted CSV cells, blank lines at the end): the summary counts
 * every file, modifiers per kind and codes per kind; {@code --dry-run} writes nothing; and with
 * P1-P6 imported the physical status rule works.
 */
class ImportSummaryTest {

  private static final String CPT = TestContent.CPT;

  @TempDir static Path dir;

  private static Path release;

  @BeforeAll
  static void generate() throws Exception {
    release = dir.resolve("release");
    new SyntheticRelease(300, 7).write(release);
  }

  private static ImportOptions options(Path out, boolean dryRun) {
    Path cms = release.resolve("cms");
    Path lists = release.resolve("lists");
    return new ImportOptions(
        release.resolve("ama"),
        cms.resolve("PPRRVU26_JAN.csv"),
        cms.resolve("HCPC2026_JAN_ANWEB_synthetic.txt"),
        cms.resolve("MCR_MUE_PractitionerServices_synthetic.csv"),
        "2026",
        out,
        TestContent.BUILT_IN,
        null,
        lists.resolve("telemedicine_synthetic.txt"),
        null,
        dryRun);
  }

  @Test
  void theGeneratedFilesHaveTheRealAwkwardParts() throws Exception {
    Path ama = release.resolve("ama");
    byte[] modul = Files.readAllBytes(ama.resolve("MODUL.txt"));
    assertThat(new String(modul, "windows-1252"))
        .contains(
            "\u00ae",
            "\u2022",
            "Physical Status Modifier P1: ",
            "Anesthesia Physical Status   \r\nModifiers\r\n",
            "(*Synthetic footnote",
            "Example: 00100-P1");
    assertThat(Files.readAllBytes(ama.resolve("ClinicianDescriptor.txt")))
        .startsWith(0xEF, 0xBB, 0xBF);
    assertThat(Files.readString(ama.resolve("LONGULT.txt")))
        .contains("\u00ae")
        .contains("   \r\n")
        .endsWith("\r\n\r\n");
    assertThat(Files.readString(release.resolve("cms/PPRRVU26_JAN.csv")))
        .contains(", \"\"SYN\"\"\"");
  }

  @Test
  void dryRunReadsEverythingAndWritesNothing() {
    Path out = dir.resolve("dry/out");
    CptImporter importer = new CptImporter(FhirContext.forR4Cached(), Progress.silent());
    assertThat(importer.run(options(out, true))).isEmpty();
    assertThat(dir.resolve("dry")).doesNotExist();
    ImportSummary summary = importer.summary();
    Map<String, FileCount> files =
        summary.files().stream().collect(Collectors.toMap(FileCount::name, f -> f));
    assertThat(files)
        .containsKeys(
            "LONGULT.txt",
            "LONGUT.txt",
            "MEDU.txt",
            "SHORTU.txt",
            "ConsumerDescriptor.txt",
            "ClinicianDescriptor.txt",
            "MODUL.txt",
            "History_DTK_tab.txt",
            "Deleted_DTK_tab.txt",
            "PPRRVU26_JAN.csv",
            "MCR_MUE_PractitionerServices_synthetic.csv",
            "HCPC2026_JAN_ANWEB_synthetic.txt",
            "telemedicine_synthetic.txt");
    assertThat(files.get("LONGULT.txt").entries()).isEqualTo(300);
    assertThat(files.get("LONGULT.txt").skipped()).isEqualTo(3);
    assertThat(files.get("ConsumerDescriptor.txt").skipped()).isEqualTo(2);
    assertThat(files.get("MODUL.txt").entries()).isEqualTo(36 + 6 + 14 + 4 + 25);
    assertThat(files.get("MODUL.txt").skipped())
        .as("notice, headings, prose, examples, footnote")
        .isEqualTo(20);
    assertThat(files.get("Deleted_DTK_tab.txt").entries()).isEqualTo(9);
    assertThat(summary.modifierKinds())
        .containsExactly(
            Map.entry("general", 36),
            Map.entry("cat-1", 14),
            Map.entry("physical-status", 6),
            Map.entry("cat-2", 4),
            Map.entry("hcpcs", 25));
    assertThat(summary.codeKinds().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(300);
    assertThat(summary.codeKinds())
        .containsEntry("Category II", 15)
        .containsEntry("Category III", 15)
        .containsEntry("PLA", 6);
    assertThat(summary.deleted()).isEqualTo(9);
    assertThat(summary.lines())
        .contains(
            "modifiers per kind: general 36, cat-1 14, physical-status 6, cat-2 4," + " hcpcs 25");
  }

  @Test
  void physicalStatusModifiersImportedFromModulFollowTheAnesthesiaRule() {
    Path out = dir.resolve("served");
    new CptImporter(FhirContext.forR4Cached(), Progress.silent()).run(options(out, false));
    Terminology engine =
        new ContentLoader(FhirContext.forR4Cached())
            .load(List.of(TestContent.BUILT_IN, out))
            .terminology();
    var cpt = engine.registry().find(CPT, "2026").orElseThrow();
    assertThat(cpt.concept("P3").orElseThrow().display()).isEqualTo("Synthetic modifier P3 title");
    List<String> codes = cpt.concepts().map(Concept::code).filter(c -> c.length() == 5).toList();
    String anesthesia =
        codes.stream()
            .filter(c -> c.compareTo("00100") >= 0 && c.compareTo("01999") <= 0)
            .findFirst()
            .orElseThrow();
    String surgery =
        codes.stream()
            .filter(c -> c.compareTo("10000") >= 0 && c.matches("[0-9]{5}"))
            .findFirst()
            .orElseThrow();
    for (String p : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
      assertThat(ids(cpt.codeIssues(anesthesia + ":" + p, "code")))
          .doesNotContain("CPT_RULE_PHYSICAL_STATUS");
      assertThat(ids(cpt.codeIssues(surgery + ":" + p, "code")))
          .contains("CPT_RULE_PHYSICAL_STATUS");
    }
  }

  private static List<String> ids(List<Issue> issues) {
    return issues.stream().map(Issue::messageId).toList();
  }
}
