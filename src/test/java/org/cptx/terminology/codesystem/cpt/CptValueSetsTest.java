package org.cptx.terminology.codesystem.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.terminology.codesystem.cpt.CptFixture.ENGINE;
import static org.cptx.terminology.codesystem.cpt.CptFixture.SYNTHETIC;

import java.util.List;
import org.cptx.content.convert.FhirValueSets;
import org.cptx.support.TestContent;
import org.cptx.terminology.TerminologyException;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.ExpansionEntry;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.FilterOperator;
import org.junit.jupiter.api.Test;

/** The CPT filters and implicit value sets, on the synthetic CPT version. */
class CptValueSetsTest {

  @Test
  void booleanFilters() {
    assertThat(codes(filtered("telemedicine", FilterOperator.EQUAL, "true")))
        .containsExactly("99902");
    assertThat(codes(filtered("orthopox", FilterOperator.EQUAL, "true"))).containsExactly("99903");
    assertThat(codes(filtered("modifier", FilterOperator.EQUAL, "true")))
        .contains("22", "XS", "P1", "1P")
        .doesNotContain("99901");
    assertThat(codes(filtered("modified", FilterOperator.EQUAL, "true"))).isEmpty();
    assertThatThrownBy(() -> expand(filtered("modifier", FilterOperator.EQUAL, "yes")))
        .isInstanceOf(TerminologyException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void kindFilters() {
    assertThat(codes(filtered("kind", FilterOperator.EQUAL, "physical-status")))
        .containsExactly("P1");
    assertThat(codes(filtered("kind", FilterOperator.IN, "hcpcs,physical-status")))
        .containsExactly("TC", "XE", "XS", "LT", "P1");
  }

  @Test
  void codeRanges() {
    assertThat(codes(filtered("code", FilterOperator.IN, "20100-69990, 86701-86703")))
        .containsExactly("29990", "86702");
    assertThat(codes(filtered("code", FilterOperator.IN, "0001F-9999F"))).containsExactly("9990F");
    assertThatThrownBy(() -> expand(filtered("code", FilterOperator.IN, "20100-6999")))
        .isInstanceOf(TerminologyException.class)
        .hasMessageContaining("20100-69990,92920");
  }

  @Test
  void implicitValueSetsUnderBothBases() {
    for (String base : CptValueSets.BASES) {
      assertThat(codes(ENGINE.valueSet(base + "cpt-all", null))).hasSize(33);
      assertThat(codes(ENGINE.valueSet(base + "cpt-base", null)))
          .containsExactly("99901", "99902", "9990F", "9990T", "01990", "29990", "86702", "99903");
      assertThat(codes(ENGINE.valueSet(base + "cpt-modifiers", null))).hasSize(25);
      assertThat(codes(ENGINE.valueSet(base + "cpt-usable", null)))
          .isEqualTo(codes(ENGINE.valueSet(base + "cpt-base", null)));
    }
  }

  @Test
  void expressionsBelongToUsableNotToBase() {
    var usable = ENGINE.valueSet("http://hl7.org/fhir/ValueSet/cpt-usable", null);
    var base = ENGINE.valueSet("http://hl7.org/fhir/ValueSet/cpt-base", null);
    assertThat(member(usable, "99901:22")).isTrue();
    assertThat(member(base, "99901:22")).isFalse();
    assertThat(member(base, "99901")).isTrue();
    assertThat(member(usable, "22")).isFalse();
  }

  @Test
  void expansionsOfValueSetsThatAdmitExpressionsAreUnclosed() {
    String grammar =
        "The code System '" + TestContent.CPT + "' has a grammar and so has infinite members";
    for (String base : CptValueSets.BASES) {
      assertThat(unclosed(ENGINE.valueSet(base + "cpt-usable", null))).containsExactly(grammar);
      assertThat(unclosed(ENGINE.valueSet(base + "cpt-all", null))).containsExactly(grammar);
      assertThat(unclosed(ENGINE.valueSet(base + "cpt-base", null))).isEmpty();
      assertThat(unclosed(ENGINE.valueSet(base + "cpt-modifiers", null))).isEmpty();
    }
    assertThat(unclosed(filtered("modified", FilterOperator.EQUAL, "true")))
        .containsExactly(grammar);
    assertThat(unclosed(filtered("kind", FilterOperator.EQUAL, "code"))).containsExactly(grammar);
    assertThat(unclosed(filtered("modified", FilterOperator.EQUAL, "false"))).isEmpty();
    assertThat(unclosed(filtered("modifier", FilterOperator.EQUAL, "true"))).isEmpty();
    assertThat(unclosed(filtered("code", FilterOperator.IN, "99901-99903"))).isEmpty();
    ValueSet listed = new ValueSet().setUrl("http://example.org/fhir/ValueSet/cpt-listed-test");
    listed
        .getCompose()
        .addInclude()
        .setSystem(TestContent.CPT)
        .setVersion(SYNTHETIC)
        .addConcept()
        .setCode("99901");
    assertThat(unclosed(FhirValueSets.definition(listed))).isEmpty();
  }

  @Test
  void anUnclosedValueSetStillValidatesExpressionsByItsRules() {
    ValueSetDefinition modified = filtered("modified", FilterOperator.EQUAL, "true");
    assertThat(member(modified, "99901:22")).isTrue();
    assertThat(member(modified, "99901")).isFalse();
    assertThat(member(modified, "99901:22:22")).isFalse();
  }

  private static List<String> unclosed(ValueSetDefinition vs) {
    return ENGINE.expand(vs, ExpansionRequest.all()).unclosed();
  }

  private static boolean member(ValueSetDefinition vs, String code) {
    var request =
        org.cptx.terminology.valueset.ValueSetValidateRequest.of(
            new org.cptx.terminology.CodingInput(TestContent.CPT, SYNTHETIC, code, null, ""));
    return ENGINE.validateInValueSet(vs, request).result();
  }

  static ValueSetDefinition filtered(String property, FilterOperator op, String value) {
    ValueSet vs = new ValueSet().setUrl("http://example.org/fhir/ValueSet/cpt-filter-test");
    ConceptSetComponent include =
        vs.getCompose().addInclude().setSystem(TestContent.CPT).setVersion(SYNTHETIC);
    include.addFilter().setProperty(property).setOp(op).setValue(value);
    return FhirValueSets.definition(vs);
  }

  static List<ExpansionEntry> expand(ValueSetDefinition vs) {
    return ENGINE.expand(vs, ExpansionRequest.all()).contains();
  }

  static List<String> codes(ValueSetDefinition vs) {
    return expand(vs).stream().map(ExpansionEntry::code).toList();
  }
}
