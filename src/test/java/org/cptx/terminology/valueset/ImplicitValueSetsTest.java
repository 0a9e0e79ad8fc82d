package org.cptx.terminology.valueset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.support.Definitions.codeSystems;
import static org.cptx.support.Definitions.valueSets;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.List;
import org.cptx.content.ContentLoader;
import org.cptx.support.TestContent;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.model.ValueSetDefinition;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/**
 * The implicit value sets as the engine lists them: one per url, from the latest version, with free
 * ids.
 */
class ImplicitValueSetsTest {

  static final Terminology ENGINE =
      new ContentLoader(FhirContext.forR4Cached())
          .load(List.of(TestContent.BUILT_IN, Path.of("src/test/resources/content/cpt-synthetic")))
          .terminology();

  @Test
  void cptValueSetsUnderBothFamiliesWithStableIds() {
    List<ValueSetDefinition> listed = ENGINE.implicitValueSets();
    assertThat(listed)
        .extracting(ValueSetDefinition::id)
        .containsExactly(
            "cpt-all",
            "cpt-base",
            "cpt-modifiers",
            "cpt-usable",
            "tho-cpt-all",
            "tho-cpt-base",
            "tho-cpt-modifiers",
            "tho-cpt-usable");
    ValueSetDefinition all = listed.get(0);
    assertThat(all.url()).isEqualTo("http://hl7.org/fhir/ValueSet/cpt-all");
    assertThat(listed.get(4).url()).isEqualTo("http://terminology.hl7.org/ValueSet/cpt-all");
    assertThat(all.version()).as("made by the latest CPT version").isEqualTo("9999-synthetic");
    assertThat(all.compose().include().get(0).version())
        .as("follows the version a request picks")
        .isNull();
  }

  @Test
  void storedValueSetsShadowTheAllCodesValueSetsOfTheirCodeSystems() {
    assertThat(ENGINE.implicitValueSets())
        .extracting(ValueSetDefinition::url)
        .doesNotContain("http://hl7.org/fhir/ValueSet/administrative-gender");
    assertThat(ENGINE.valueSet("http://hl7.org/fhir/ValueSet/administrative-gender", null).id())
        .isEqualTo("administrative-gender");
  }

  @Test
  void anAllCodesValueSetIsListedWithAnIdFromItsUrl() {
    Terminology scoped =
        ENGINE.withResources(
            codeSystems(codeSystem("http://example.org/fhir/ValueSet/colours")),
            List.of(),
            List.of());
    ValueSetDefinition colours =
        scoped.implicitValueSets().stream()
            .filter(vs -> vs.url().endsWith("/colours"))
            .findFirst()
            .orElseThrow();
    assertThat(colours.id()).isEqualTo("colours");
    assertThat(colours.version()).isEqualTo("1.0");
    assertThat(colours.status()).isEqualTo("active");
    assertThat(colours.compose().include().get(0).system())
        .isEqualTo("http://example.org/fhir/colours");
    assertThat(scoped.valueSet("http://example.org/fhir/ValueSet/colours", null).url())
        .endsWith("/colours");
  }

  @Test
  void anIdAStoredValueSetUsesIsNotTakenAgain() {
    ValueSet stored = new ValueSet().setUrl("http://example.org/fhir/ValueSet/stored-colours");
    stored.setId("colours");
    Terminology scoped =
        ENGINE.withResources(
            codeSystems(codeSystem("http://example.org/fhir/ValueSet/colours")),
            valueSets(stored),
            List.of());
    assertThat(scoped.implicitValueSets())
        .filteredOn(vs -> vs.url().endsWith("/ValueSet/colours"))
        .extracting(ValueSetDefinition::id)
        .containsExactly("colours-2");
  }

  @Test
  void idsFromUrlsAreFhirIds() {
    assertThat(ImplicitValueSets.fromUrl("http://example.org/vs/a_b c/")).isEqualTo("a-b-c");
    assertThat(ImplicitValueSets.fromUrl("urn:oid:1.2.3")).isEqualTo("urn-oid-1.2.3");
    assertThat(ImplicitValueSets.fromUrl("http://example.org/" + "x".repeat(80))).hasSize(64);
  }

  private static CodeSystem codeSystem(String valueSet) {
    CodeSystem cs =
        new CodeSystem()
            .setUrl("http://example.org/fhir/colours")
            .setVersion("1.0")
            .setName("Colours")
            .setStatus(PublicationStatus.ACTIVE)
            .setContent(CodeSystemContentMode.COMPLETE)
            .setValueSet(valueSet);
    cs.addConcept().setCode("red");
    return cs;
  }
}
