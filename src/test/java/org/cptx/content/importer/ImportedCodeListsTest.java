package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.support.Definitions.vs;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cptx.content.ContentLoader;
import org.cptx.content.importer.synthetic.SyntheticRelease;
import org.cptx.support.TestContent;
import org.cptx.terminology.CheckOptions;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.Concept;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.ValidateCodeRequest;
import org.cptx.terminology.ValidationResult;
import org.cptx.terminology.codesystem.cpt.CptKinds;
import org.cptx.terminology.valueset.ExpansionEntry;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.FilterOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synthetic release imported with its telemedicine and orthopox lists: the properties are set
 * from the lists, the CPT filters {@code telemedicine =} and {@code orthopox =} and rule 7 (95 only
 * on telemedicine codes) work on the imported content.
 */
class ImportedCodeListsTest {

  private static final String CPT = TestContent.CPT;

  @TempDir static Path dir;

  private static Terminology engine;
  private static Set<String> telemedicine;
  private static Set<String> orthopox;
  private static String other;

  @BeforeAll
  static void importWithLists() throws Exception {
    Path release = dir.resolve("release");
    new SyntheticRelease(400, 5).write(release);
    Path lists = release.resolve("lists");
    Path cms = release.resolve("cms");
    Path out = dir.resolve("out");
    new CptImporter(FhirContext.forR4Cached(), Progress.silent())
        .run(
            new ImportOptions(
                release.resolve("ama"),
                cms.resolve("PPRRVU26_JAN.csv"),
                null,
                cms.resolve("MCR_MUE_PractitionerServices_synthetic.csv"),
                "2026",
                out,
                TestContent.BUILT_IN,
                null,
                lists.resolve("telemedicine_synthetic.txt"),
                lists.resolve("orthopox_synthetic.txt")));
    telemedicine = listed(lists.resolve("telemedicine_synthetic.txt"));
    orthopox = listed(lists.resolve("orthopox_synthetic.txt"));
    engine =
        new ContentLoader(FhirContext.forR4Cached())
            .load(List.of(TestContent.BUILT_IN, out))
            .terminology();
    other =
        engine
            .registry()
            .find(CPT, "2026")
            .orElseThrow()
            .concepts()
            .map(Concept::code)
            .filter(c -> c.length() == 5 && !telemedicine.contains(c))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void listsSetTheBooleanPropertiesOnEveryCode() {
    assertThat(telemedicine).hasSize(8);
    assertThat(orthopox).hasSize(2);
    Concept listed = concept(telemedicine.iterator().next());
    assertThat(CptKinds.bool(listed, "telemedicine")).isTrue();
    assertThat(CptKinds.bool(concept(other), "telemedicine")).isFalse();
    assertThat(CptKinds.bool(concept(orthopox.iterator().next()), "orthopox")).isTrue();
    assertThat(CptKinds.bool(concept(other), "orthopox")).isFalse();
    assertThat(CptKinds.bool(concept("95"), "telemedicine")).as("modifiers carry neither").isNull();
  }

  @Test
  void filtersSelectTheListedCodes() {
    assertThat(codes(filtered("telemedicine", "true")))
        .containsExactlyInAnyOrderElementsOf(telemedicine);
    assertThat(codes(filtered("orthopox", "true"))).containsExactlyInAnyOrderElementsOf(orthopox);
    List<String> notTelemedicine = codes(filtered("telemedicine", "false"));
    assertThat(notTelemedicine).contains(other).doesNotContainAnyElementsOf(telemedicine);
  }

  @Test
  void modifier95OnlyOnTelemedicineCodes() {
    String code = telemedicine.iterator().next();
    assertThat(ids(code + ":95")).doesNotContain("CPT_RULE_TELEMEDICINE");
    assertThat(validate(code + ":95").result()).isTrue();
    assertThat(ids(other + ":95")).contains("CPT_RULE_TELEMEDICINE");
    ValidationResult refused = validate(other + ":95");
    assertThat(refused.result()).isFalse();
    assertThat(refused.issues())
        .anySatisfy(i -> assertThat(i.text()).contains("'95'", "'" + other + "'"));
  }

  @Test
  void withoutListsTheCodesCarryNeitherProperty() throws Exception {
    Path release = dir.resolve("release");
    Path out = dir.resolve("plain");
    new CptImporter(FhirContext.forR4Cached(), Progress.silent())
        .run(
            new ImportOptions(
                release.resolve("ama"), null, null, null, "2027", out, TestContent.BUILT_IN, null));
    String json = Files.readString(out.resolve("CodeSystem-cpt-2027.json"));
    assertThat(json).doesNotContain("telemedicine").doesNotContain("orthopox");
  }

  @Test
  void aListNamingAnUnknownCodeStopsTheImport() throws Exception {
    Path release = dir.resolve("release");
    Path list = Files.writeString(dir.resolve("bad-orthopox.txt"), "# synthetic\r\n00000\r\n");
    Path out = dir.resolve("never");
    assertThatThrownBy(
            () ->
                new CptImporter(FhirContext.forR4Cached(), Progress.silent())
                    .run(
                        new ImportOptions(
                            release.resolve("ama"),
                            null,
                            null,
                            null,
                            "2026",
                            out,
                            TestContent.BUILT_IN,
                            null,
                            null,
                            list)))
        .hasMessage("bad-orthopox.txt:2: code 00000 is not in the AMA release");
    assertThat(out).doesNotExist();
  }

  private static Set<String> listed(Path list) throws Exception {
    return Files.readAllLines(list).stream()
        .filter(l -> !l.isBlank() && Character.isDigit(l.charAt(0)))
        .map(l -> l.substring(0, 5))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static Concept concept(String code) {
    return engine.registry().find(CPT, "2026").orElseThrow().concept(code).orElseThrow();
  }

  private static List<String> ids(String code) {
    return engine.registry().find(CPT, "2026").orElseThrow().codeIssues(code, "code").stream()
        .map(Issue::messageId)
        .toList();
  }

  private static ValidationResult validate(String code) {
    return engine.validateCode(
        new ValidateCodeRequest(
            CPT,
            "2026",
            List.of(new CodingInput(CPT, "2026", code, null, "")),
            false,
            CheckOptions.DEFAULT));
  }

  private static ValueSet filtered(String property, String value) {
    ValueSet vs =
        new ValueSet().setUrl("http://example.org/fhir/ValueSet/synthetic-imported-filter");
    vs.getCompose()
        .addInclude()
        .setSystem(CPT)
        .setVersion("2026")
        .addFilter()
        .setProperty(property)
        .setOp(FilterOperator.EQUAL)
        .setValue(value);
    return vs;
  }

  private static List<String> codes(ValueSet vs) {
    return engine.expand(vs(vs), ExpansionRequest.all()).contains().stream()
        .map(ExpansionEntry::code)
        .toList();
  }
}
