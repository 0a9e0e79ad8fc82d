package org.cptx.terminology.codesystem.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cptx.content.convert.FhirCodeSystems;
import org.cptx.content.convert.FhirValueSets;
import org.cptx.support.TestContent;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.TerminologyException;
import org.cptx.terminology.codesystem.fhir.FhirCodeSystemProvider;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.Expansion;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.cptx.terminology.valueset.ValueSetCatalog;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/**
 * The CPT expansion limit (1000) on a generated synthetic CPT version of 1200 invented codes
 * ({@code 0001Z} ...), matching the tx-ecosystem "bugs" cases cpt, cpt-0 and cpt-100.
 */
class CptExpansionLimitTest {

  private static final Terminology ENGINE = engine(1200);
  private static final ValueSetDefinition ALL = FhirValueSets.definition(allOfCpt());

  @Test
  void unpagedLargerExpansionIsTooCostly() {
    assertThatThrownBy(() -> ENGINE.expand(ALL, ExpansionRequest.all()))
        .isInstanceOfSatisfying(
            TerminologyException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.TOO_COSTLY);
              assertThat(e.issue().messageId()).isEqualTo("VALUESET_TOO_COSTLY");
              assertThat(e.issue().text()).contains("1200", "1000");
            });
  }

  @Test
  void countZeroReportsTheWholeTotal() {
    Expansion e = ENGINE.expand(ALL, page(0, 0));
    assertThat(e.total()).isEqualTo(1200);
    assertThat(e.contains()).isEmpty();
  }

  @Test
  void pagesStopAtTheLimit() {
    Expansion first = ENGINE.expand(ALL, page(100, 0));
    assertThat(first.total()).isEqualTo(1000);
    assertThat(first.contains()).hasSize(100);
    Expansion last = ENGINE.expand(ALL, page(100, 950));
    assertThat(last.contains()).hasSize(50);
    assertThat(last.contains().get(49).code()).isEqualTo("1000Z");
  }

  private static ExpansionRequest page(int count, int offset) {
    return ExpansionRequest.all().withPage(count, offset);
  }

  private static Terminology engine(int size) {
    CodeSystem cs =
        new CodeSystem()
            .setUrl(TestContent.CPT)
            .setVersion("9999-generated")
            .setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
    for (int i = 1; i <= size; i++) {
      cs.addConcept()
          .setCode(String.format("%04dZ", i))
          .setDisplay("Synthetic generated code " + i);
    }
    CodeSystemRegistry registry = new CodeSystemRegistry();
    registry.register(
        new CptCodeSystemProvider(
            new FhirCodeSystemProvider(FhirCodeSystems.definition(cs), List.of())));
    return new Terminology(registry, new ValueSetCatalog());
  }

  private static ValueSet allOfCpt() {
    ValueSet vs = new ValueSet();
    vs.getCompose().addInclude().setSystem(TestContent.CPT);
    return vs;
  }
}
