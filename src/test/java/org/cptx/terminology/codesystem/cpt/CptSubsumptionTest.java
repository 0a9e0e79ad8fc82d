package org.cptx.terminology.codesystem.cpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cptx.content.convert.FhirCodeSystems;
import org.cptx.support.TestContent;
import org.cptx.terminology.SubsumesRequest;
import org.cptx.terminology.Subsumption;
import org.cptx.terminology.Terminology;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.junit.jupiter.api.Test;

/**
 * CPT subsumption on content that defines sections: a section concept subsumes the codes nested
 * under it and their expressions; a code subsumes its expressions; an expression subsumes those
 * with more modifiers. Synthetic content.
 */
class CptSubsumptionTest {

  static final String VERSION = "9998-sections-synthetic";

  static Terminology withSections() {
    CodeSystem cs =
        new CodeSystem()
            .setUrl(TestContent.CPT)
            .setVersion(VERSION)
            .setStatus(PublicationStatus.ACTIVE)
            .setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
    CodeSystem.ConceptDefinitionComponent section =
        cs.addConcept()
            .setCode("SYN-SECTION")
            .setDisplay("Synthetic section (invented for cptx tests)");
    section
        .addConcept()
        .setCode("9990S")
        .setDisplay("Synthetic procedure in the section (invented for cptx tests)");
    cs.addConcept()
        .setCode("9990T")
        .setDisplay("Synthetic procedure outside it (invented for cptx tests)");
    cs.addConcept().setCode("51").setDisplay("Synthetic modifier 51 (invented for cptx tests)");
    cs.addConcept().setCode("LT").setDisplay("Synthetic modifier LT (invented for cptx tests)");
    return CptFixture.ENGINE.withResources(
        List.of(FhirCodeSystems.definition(cs)), List.of(), List.of());
  }

  static Subsumption outcome(String a, String b) {
    return withSections().subsumes(new SubsumesRequest(TestContent.CPT, VERSION, a, b));
  }

  @Test
  void aSectionSubsumesItsCodesAndTheirExpressions() {
    assertThat(outcome("SYN-SECTION", "9990S")).isEqualTo(Subsumption.SUBSUMES);
    assertThat(outcome("SYN-SECTION", "9990S:51")).isEqualTo(Subsumption.SUBSUMES);
    assertThat(outcome("9990S:51:LT", "SYN-SECTION")).isEqualTo(Subsumption.SUBSUMED_BY);
    assertThat(outcome("SYN-SECTION", "9990T")).isEqualTo(Subsumption.NOT_SUBSUMED);
    assertThat(outcome("SYN-SECTION", "9990T:51")).isEqualTo(Subsumption.NOT_SUBSUMED);
  }

  @Test
  void expressionsByTheirModifiers() {
    assertThat(outcome("9990S", "9990S:LT")).isEqualTo(Subsumption.SUBSUMES);
    assertThat(outcome("9990S:51", "9990S:51:LT")).isEqualTo(Subsumption.SUBSUMES);
    assertThat(outcome("9990S:LT:51", "9990S:51:LT")).isEqualTo(Subsumption.EQUIVALENT);
    assertThat(outcome("9990S:51", "9990S:LT")).isEqualTo(Subsumption.NOT_SUBSUMED);
    assertThat(outcome("9990S:51", "9990T:51")).isEqualTo(Subsumption.NOT_SUBSUMED);
  }
}
