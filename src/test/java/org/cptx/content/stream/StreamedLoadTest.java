package org.cptx.content.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptx.content.ContentLoader;
import org.cptx.content.LoadedContent;
import org.cptx.content.importer.CptImporter;
import org.cptx.content.importer.ImportOptions;
import org.cptx.content.importer.Progress;
import org.cptx.content.importer.synthetic.SyntheticRelease;
import org.cptx.fhir.response.LookupResponse;
import org.cptx.support.TestContent;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.LookupRequest;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mid-size import loaded through the streaming reader answers $lookup exactly as through HAPI's
 * parser.
 */
class StreamedLoadTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();

  @TempDir static Path dir;

  static LoadedContent streamed;
  static LoadedContent parsed;

  @BeforeAll
  static void importAndLoadBothWays() throws Exception {
    Path release = dir.resolve("release");
    Path out = dir.resolve("out");
    new SyntheticRelease(2000, 11).write(release);
    Path cms = release.resolve("cms");
    new CptImporter(FHIR, Progress.silent())
        .run(
            new ImportOptions(
                release.resolve("ama"),
                cms.resolve("PPRRVU26_JAN.csv"),
                cms.resolve("HCPC2026_JAN_ANWEB_synthetic.txt"),
                cms.resolve("MCR_MUE_PractitionerServices_synthetic.csv"),
                "2026",
                out,
                TestContent.BUILT_IN,
                null,
                release.resolve("lists/telemedicine_synthetic.txt"),
                release.resolve("lists/orthopox_synthetic.txt")));
    List<Path> folders = List.of(TestContent.BUILT_IN, out);
    streamed = new ContentLoader(FHIR, 0).load(folders);
    parsed = new ContentLoader(FHIR, Long.MAX_VALUE).load(folders);
  }

  @Test
  void theImportedCodeSystemsAreStreamed() {
    CodeSystem metadata = streamed.resources().metadata(CodeSystem.class, "cpt-2026").orElseThrow();
    assertThat(metadata.hasConcept()).isFalse();
    assertThat(
            streamed
                .resources()
                .metadata(CodeSystem.class, "cpt-cms-2026")
                .orElseThrow()
                .hasConcept())
        .isFalse();
  }

  @Test
  void readStillReturnsTheWholeResource() {
    String whole = json(streamed.resources().read(CodeSystem.class, "cpt-2026").orElseThrow());
    assertThat(whole)
        .isEqualTo(json(parsed.resources().read(CodeSystem.class, "cpt-2026").orElseThrow()));
  }

  @Test
  void lookupAnswersAreTheSameForASampleOfCodes() {
    CodeSystemProvider cpt = parsed.registry().find(TestContent.CPT, "2026").orElseThrow();
    List<String> codes = cpt.concepts().map(Concept::code).toList();
    assertThat(codes).hasSizeGreaterThan(2000);
    for (int i = 0; i < codes.size(); i += 7) {
      assertSameLookup(TestContent.CPT, "2026", codes.get(i));
    }
    assertSameLookup(TestContent.CPT, "2025", "47383");
  }

  @Test
  void everyConceptIsTheSame() {
    for (String version : List.of("2025", "2026")) {
      CodeSystemProvider a = parsed.registry().find(TestContent.CPT, version).orElseThrow();
      CodeSystemProvider b = streamed.registry().find(TestContent.CPT, version).orElseThrow();
      assertThat(b.info()).isEqualTo(a.info());
      assertThat(b.concepts().map(StreamedLoadTest::describe).toList())
          .isEqualTo(a.concepts().map(StreamedLoadTest::describe).toList());
    }
  }

  @Test
  void recurringPropertiesAndHistoryEventsAreSharedNotCopied() {
    List<Concept> concepts =
        streamed.registry().find(TestContent.CPT, "2026").orElseThrow().concepts().toList();
    Map<String, Set<Object>> instances = new HashMap<>();
    long properties = 0;
    for (Concept c : concepts) {
      for (var p : c.properties()) {
        properties++;
        instances
            .computeIfAbsent(p.code(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(p);
      }
    }
    long distinct = instances.values().stream().mapToLong(Set::size).sum();
    // kind, modifier, modified, the CMS indicators, inactive and most history events recur from
    // code to code
    assertThat(distinct).isLessThan(properties / 4);
    assertThat(instances.get("inactive")).hasSizeLessThanOrEqualTo(2);
  }

  private static void assertSameLookup(String system, String version, String code) {
    LookupRequest request = new LookupRequest(system, version, code, Set.of("*"), null);
    assertThat(json(LookupResponse.of(streamed.terminology().lookup(request))))
        .as(code)
        .isEqualTo(json(LookupResponse.of(parsed.terminology().lookup(request))));
  }

  static String describe(Concept c) {
    return c.code()
        + "|"
        + c.display()
        + "|"
        + c.definition()
        + "|"
        + c.status()
        + "|"
        + c.inactive()
        + "|"
        + c.notSelectable()
        + "|"
        + c.parents()
        + "|"
        + c.children()
        + "|"
        + c.designations().stream()
            .map(d -> d.language() + "/" + String.valueOf(d.use()) + "/" + d.value())
            .toList()
        + "|"
        + c.properties().stream()
            .map(
                p ->
                    p.code()
                        + "="
                        + String.valueOf(p.value())
                        + "/"
                        + p.description()
                        + "/"
                        + p.subproperties().stream()
                            .map(s -> s.code() + "=" + String.valueOf(s.value()))
                            .toList())
            .toList();
  }

  private static String json(org.hl7.fhir.instance.model.api.IBase value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof org.hl7.fhir.instance.model.api.IBaseResource r) {
      return FHIR.newJsonParser().encodeResourceToString(r);
    }
    org.hl7.fhir.r4.model.Parameters wrapper = new org.hl7.fhir.r4.model.Parameters();
    wrapper.addParameter().setName("v").setValue((org.hl7.fhir.r4.model.Type) value);
    return FHIR.newJsonParser().encodeResourceToString(wrapper);
  }
}
