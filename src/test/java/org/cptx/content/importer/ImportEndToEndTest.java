package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cptx.content.Licensing;
import org.cptx.content.importer.synthetic.SyntheticRelease;
import org.cptx.server.CptxServer;
import org.cptx.server.ServerConfig;
import org.cptx.support.TestContent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates a small synthetic release, imports it, serves the result beside the shipped content,
 * looks codes up.
 */
class ImportEndToEndTest {

  @TempDir Path dir;

  private ImportOptions options(Path release, Path out) {
    return options(release, out, "PPRRVU26_JAN.csv");
  }

  private ImportOptions options(Path release, Path out, String rvu) {
    Path cms = release.resolve("cms");
    return new ImportOptions(
        release.resolve("ama"),
        cms.resolve(rvu),
        cms.resolve("HCPC2026_JAN_ANWEB_synthetic.txt"),
        cms.resolve("MCR_MUE_PractitionerServices_synthetic.csv"),
        "2026",
        out,
        TestContent.BUILT_IN,
        null);
  }

  @Test
  void generateImportServeLookUp() throws Exception {
    Path release = dir.resolve("release");
    new SyntheticRelease(300, 7).write(release);
    Path out = dir.resolve("out");
    List<Path> written =
        new CptImporter(FhirContext.forR4Cached(), Progress.silent()).run(options(release, out));
    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "CodeSystem-cpt-2026.json",
            "CodeSystem-cpt-cms-2026.json",
            "CodeSystem-hcpcs-modifiers-2026.json",
            "ConceptMap-cpt-deleted-replacements-2026.json",
            "ConceptMap-hcpcs-cpt-modifiers-2026.json");
    String code = Files.readAllLines(release.resolve("ama/LONGULT.txt")).get(5).substring(0, 5);
    try (CptxServer server =
        CptxServer.start(
            new ServerConfig("127.0.0.1", 0, List.of(TestContent.BUILT_IN, out), null))) {
      String body =
          get(
              server,
              "CodeSystem/$lookup?system=" + TestContent.CPT + "&version=2026&code=" + code);
      assertThat(body)
          .contains("Synthetic procedure " + code)
          .contains("\"clinician\"")
          .contains("global-days")
          .contains("cms-mue-adjudication-indicator");
      String modifier =
          get(server, "CodeSystem/$lookup?system=" + TestContent.CPT + "&version=2026&code=P1");
      assertThat(modifier).contains("Synthetic modifier P1 title").contains("physical-status");
      assertReadAsSummary(server, out);
      String seed =
          get(server, "CodeSystem/$lookup?system=" + TestContent.CPT + "&version=2025&code=47383");
      assertThat(seed).contains("cryoablation");
      String hcpcs =
          get(server, "CodeSystem/$lookup?system=" + TestContent.HCPCS + "&version=2026&code=XS");
      assertThat(hcpcs).contains("Synthetic HCPCS modifier XS");
      String toCpt =
          get(
              server,
              "ConceptMap/$translate?url="
                  + HcpcsModifierMapBuilder.URL
                  + "&conceptMapVersion=2026&system="
                  + TestContent.HCPCS
                  + "&code=XS&targetsystem="
                  + TestContent.CPT);
      assertThat(toCpt)
          .contains("\"valueBoolean\":true")
          .contains("\"code\":\"XS\"")
          .contains("equivalent")
          .contains("hcpcs-cpt-modifiers|2026");
      String[] mue =
          Files.readAllLines(release.resolve("cms/MCR_MUE_PractitionerServices_synthetic.csv"))
              .stream()
              .map(l -> l.split(","))
              .filter(r -> r.length >= 4 && r[2].startsWith("1 "))
              .findFirst()
              .orElseThrow();
      int over = Integer.parseInt(mue[1]) + 1;
      Parameters refused =
          FhirContext.forR4Cached()
              .newJsonParser()
              .parseResource(
                  Parameters.class,
                  get(
                      server,
                      "CodeSystem/$validate-code?url="
                          + TestContent.CPT
                          + "&version=2026&code="
                          + mue[0]
                          + "&units="
                          + over));
      assertThat(((BooleanType) refused.getParameterValue("result")).booleanValue())
          .as("units over an imported MUE with a claim-line indicator")
          .isFalse();
      assertThat(refused.getParameterValue("message").primitiveValue())
          .isEqualTo(
              over
                  + " units of '"
                  + mue[0]
                  + "' are not allowed: the CMS MUE (medically unlikely edit) for '"
                  + mue[0]
                  + "' is "
                  + mue[1]
                  + " unit"
                  + (mue[1].equals("1") ? "" : "s")
                  + " (adjudication indicator 1: Claim Line Edit)");
    }
  }

  @Test
  void csvAndFixedWidthRelativeValueFilesGiveTheSameSupplement() throws Exception {
    Path release = dir.resolve("release");
    new SyntheticRelease(300, 11).write(release);
    CptImporter importer = new CptImporter(FhirContext.forR4Cached(), Progress.silent());
    importer.run(options(release, dir.resolve("csv"), "PPRRVU26_JAN.csv"));
    importer.run(options(release, dir.resolve("txt"), "PPRRVU26_JAN.txt"));
    String fromCsv = Files.readString(dir.resolve("csv/CodeSystem-cpt-cms-2026.json"));
    assertThat(fromCsv)
        .contains("cms-global-days", "cms-physician-supervision", "cms-diagnostic-imaging-family");
    assertThat(Files.readString(dir.resolve("txt/CodeSystem-cpt-cms-2026.json")))
        .isEqualTo(fromCsv);
  }

  @Test
  void failedImportLeavesNothingWritten() throws Exception {
    Path release = dir.resolve("release");
    new SyntheticRelease(50, 7).write(release);
    Path medu = release.resolve("ama/MEDU.txt");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(medu));
    lines.set(10, lines.get(10).substring(0, 5) + "\t" + lines.get(10).substring(6));
    Files.write(medu, lines);
    Path out = dir.resolve("out");
    assertThatThrownBy(
            () ->
                new CptImporter(FhirContext.forR4Cached(), Progress.silent())
                    .run(options(release, out)))
        .hasMessageStartingWith("MEDU.txt:11: expected the code in columns 1-5");
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("release");
    }
  }

  @Test
  void failedCmsImportKeepsAnExistingOutputFolderAsItWas() throws Exception {
    Path release = dir.resolve("release");
    new SyntheticRelease(50, 7).write(release);
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("CodeSystem-cpt-2025.json"), "earlier");
    Files.writeString(release.resolve("cms/PPRRVU26_JAN.csv"), "no header here\r\n");
    assertThatThrownBy(
            () ->
                new CptImporter(FhirContext.forR4Cached(), Progress.silent())
                    .run(options(release, out)))
        .hasMessageStartingWith("PPRRVU26_JAN.csv:1: missing the column header row");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left)
          .extracting(p -> p.getFileName().toString())
          .containsExactly("CodeSystem-cpt-2025.json");
    }
  }

  /** The imported CPT is marked licensed and reads as a summary; its CMS supplement reads whole. */
  private static void assertReadAsSummary(CptxServer server, Path out) throws Exception {
    var json = FhirContext.forR4Cached().newJsonParser();
    Path file = out.resolve("CodeSystem-cpt-2026.json");
    CodeSystem written = json.parseResource(CodeSystem.class, Files.readString(file));
    assertThat(Licensing.isLicensed(written)).isTrue();
    assertThat(written.getExtensionsByUrl(Licensing.EXTENSION)).hasSize(1);
    assertThat(written.getFilter())
        .extracting(f -> f.getCode())
        .contains("modifier", "modified", "kind", "code");
    CodeSystem read = json.parseResource(CodeSystem.class, get(server, "CodeSystem/cpt-2026"));
    assertThat(read.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.NOTPRESENT);
    assertThat(read.getConcept()).isEmpty();
    assertThat(read.getCount()).isEqualTo(written.getConcept().size());
    CodeSystem cms = json.parseResource(CodeSystem.class, get(server, "CodeSystem/cpt-cms-2026"));
    assertThat(Licensing.isLicensed(cms)).isFalse();
    assertThat(cms.getConcept()).isNotEmpty().allSatisfy(c -> assertThat(c.hasDisplay()).isFalse());
  }

  private static String get(CptxServer server, String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.fhirBase() + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
