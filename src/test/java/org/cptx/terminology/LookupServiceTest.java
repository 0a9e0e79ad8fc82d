package org.cptx.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.support.TestContent.CPT;
import static org.cptx.support.TestContent.SYNTHETIC_URL;

import java.util.List;
import java.util.Set;
import org.cptx.content.convert.FhirCodeSystems;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Value;
import org.junit.jupiter.api.Test;

class LookupServiceTest {

  private final Terminology engine = EngineFixture.ENGINE;

  private LookupResult lookup(String system, String version, String code, String... properties) {
    return engine.lookup(new LookupRequest(system, version, code, Set.of(properties), null));
  }

  @Test
  void cptCodeCarriesDescriptorsPropertiesCmsIndicatorsHistoryAndCopyright() {
    LookupResult r = lookup(CPT, null, "47383");
    assertThat(r.display())
        .isEqualTo("Ablation, 1 or more liver tumor(s), percutaneous, cryoablation");
    assertThat(r.system().version()).isEqualTo("2025");
    assertThat(r.definition()).startsWith("Cryoablation is a medical procedure");
    assertThat(r.designations())
        .extracting(d -> d.use().code() + "=" + d.value())
        .contains(
            "short=PERQ ABLTJ LVR CRYOABLATION", "med=ABLATION 1/> LIVER TUMOR PERQ CRYOABLATION");
    Coding global = ((Value.CodingValue) property(r, "global-days").value()).coding();
    assertThat(global.code()).isEqualTo("010");
    assertThat(global.display()).isEqualTo("Minor Procedure");
    assertThat(r.properties())
        .filteredOn(p -> p.code().equals("history"))
        .hasSize(2)
        .allSatisfy(
            h ->
                assertThat(h.subproperties())
                    .extracting(ConceptProperty::code)
                    .containsExactly("date", "action", "note"));
    assertThat(property(r, "copyright").value().primitive())
        .contains("American Medical Association");
  }

  @Test
  void aLookupNamesTheSupplementsItDrewOnAndWhereEachDesignationComesFrom() {
    org.hl7.fhir.r4.model.CodeSystem base =
        new org.hl7.fhir.r4.model.CodeSystem()
            .setUrl("http://example.org/cs/base")
            .setVersion("1")
            .setContent(org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode.COMPLETE);
    base.addConcept().setCode("x").setDisplay("Synthetic x");
    org.hl7.fhir.r4.model.CodeSystem supplement =
        new org.hl7.fhir.r4.model.CodeSystem()
            .setUrl("http://example.org/cs/supplement")
            .setVersion("2")
            .setContent(org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode.SUPPLEMENT)
            .setSupplements("http://example.org/cs/base");
    supplement
        .addConcept()
        .setCode("x")
        .addDesignation()
        .setLanguage("nl")
        .setValue("Synthetische x");
    LookupResult r =
        engine
            .withResources(
                List.of(FhirCodeSystems.definition(base), FhirCodeSystems.definition(supplement)),
                List.of(),
                List.of("http://example.org/cs/supplement"))
            .lookup(new LookupRequest("http://example.org/cs/base", null, "x", Set.of(), null));
    assertThat(r.supplements()).containsExactly("http://example.org/cs/supplement|2");
    assertThat(r.designations())
        .anySatisfy(
            d -> {
              assertThat(d.value()).isEqualTo("Synthetische x");
              assertThat(d.source()).isEqualTo("http://example.org/cs/supplement|2");
            });
  }

  @Test
  void propertyParameterLimitsTheProperties() {
    LookupResult r = lookup(CPT, null, "47383", "kind");
    assertThat(r.properties()).extracting(ConceptProperty::code).containsExactly("kind");
    assertThat(r.designations()).isEmpty();
  }

  @Test
  void nestedConceptsGetParentAndChild() {
    assertThat(lookup(SYNTHETIC_URL, "1.0.0", "9990B").properties())
        .anySatisfy(
            p -> assertThat(p.code() + "=" + p.value().primitive()).isEqualTo("parent=9990A"));
    assertThat(lookup(SYNTHETIC_URL, "1.0.0", "9990A").properties())
        .anySatisfy(
            p -> assertThat(p.code() + "=" + p.value().primitive()).isEqualTo("child=9990B"));
  }

  @Test
  void noVersionMeansTheLatestAndAVersionPicksIt() {
    assertThat(lookup(SYNTHETIC_URL, null, "9990A").display())
        .isEqualTo("Synthetic parent procedure, revised");
    assertThat(lookup(SYNTHETIC_URL, "1.0.0", "9990A").display())
        .isEqualTo("Synthetic parent procedure");
  }

  @Test
  void caseInsensitiveSystemFindsCodesInAnyCase() {
    assertThat(lookup(SYNTHETIC_URL, "1.0.0", "9990a").code()).isEqualTo("9990A");
    assertThatThrownBy(() -> lookup(SYNTHETIC_URL, "2.0.0", "9990a"))
        .isInstanceOfSatisfying(
            TerminologyException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
  }

  @Test
  void displayLanguagePicksAPlainDesignationInThatLanguage() {
    LookupResult r =
        engine.lookup(new LookupRequest(SYNTHETIC_URL, "1.0.0", "9990A", Set.of(), "de"));
    assertThat(r.display()).isEqualTo("Synthetische Elternprozedur");
  }

  @Test
  void unknownCodeSystemAndVersionAreNotFound() {
    assertThatThrownBy(() -> lookup(CPT, null, "00000"))
        .hasMessage(
            "Unknown code '00000' in the CodeSystem 'http://www.ama-assn.org/go/cpt' version '2025'");
    assertThatThrownBy(() -> lookup("http://example.org/none", null, "A"))
        .hasMessageContaining("'http://example.org/none' could not be found");
    assertThatThrownBy(() -> lookup(SYNTHETIC_URL, "9.9", "9990A"))
        .hasMessageContaining("Valid versions: 1.0.0 or 2.0.0");
  }

  private static ConceptProperty property(LookupResult r, String code) {
    return r.properties().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }
}
