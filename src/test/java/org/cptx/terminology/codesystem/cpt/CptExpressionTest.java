package org.cptx.terminology.codesystem.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.terminology.codesystem.cpt.CptFixture.SYNTHETIC;
import static org.cptx.terminology.codesystem.cpt.CptFixture.cpt;
import static org.cptx.terminology.codesystem.cpt.CptFixture.ids;
import static org.cptx.terminology.codesystem.cpt.CptFixture.issues;

import java.util.List;
import org.cptx.support.TestContent;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Issue;
import org.cptx.terminology.model.Value;
import org.junit.jupiter.api.Test;

/**
 * The expression grammar, the synthesized concept of an expression, and two CPT versions side by
 * side.
 */
class CptExpressionTest {

  @Test
  void parsesBaseAndModifiersInOrder() {
    CptExpression e = CptExpression.parse("99202:25:95").orElseThrow();
    assertThat(e.base()).isEqualTo("99202");
    assertThat(e.modifiers()).containsExactly("25", "95");
    assertThat(CptExpression.parse("99202")).isEmpty();
    assertThat(CptExpression.parse("99202:").orElseThrow().hasEmptyPart()).isTrue();
  }

  @Test
  void expressionConceptHasAComposedDisplayModifiedTrueAndOneModifierGroupEach() {
    Concept c = cpt(SYNTHETIC).concept("99901:22:XS").orElseThrow();
    assertThat(c.code()).isEqualTo("99901:22:XS");
    Concept base = cpt(SYNTHETIC).concept("99901").orElseThrow();
    Concept m22 = cpt(SYNTHETIC).concept("22").orElseThrow();
    Concept xs = cpt(SYNTHETIC).concept("XS").orElseThrow();
    assertThat(c.display())
        .isEqualTo(
            base.display() + "; modifier 22: " + m22.display() + "; modifier XS: " + xs.display());
    assertThat(c.properties("modified"))
        .singleElement()
        .satisfies(p -> assertThat(((Value.BooleanValue) p.value()).value()).isTrue());
    assertThat(c.properties("telemedicine")).as("the base code's properties").hasSize(1);
    List<ConceptProperty> groups =
        c.properties("modifier").stream().filter(p -> p.value() == null).toList();
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).subproperties())
        .extracting(ConceptProperty::code)
        .containsExactly("code", "definition");
    assertThat(groups.get(1).subproperties().get(0).value().primitive()).isEqualTo("XS");
    assertThat(groups.get(1).subproperties().get(1).value().primitive())
        .contains("Synthetic modifier XS");
  }

  @Test
  void otherSeparatorsAreRefusedNamingTheColonForm() {
    for (String code : List.of("99901-51", "99901.51")) {
      assertThat(cpt(SYNTHETIC).concept(code)).isEmpty();
      assertThat(issues(code))
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.messageId()).isEqualTo("CPT_EXPRESSION_SEPARATOR");
                assertThat(i.text()).contains("'99901:51'");
                assertThat(i.isError()).isTrue();
              });
    }
    assertThat(issues("99909")).as("a plain unknown code keeps the generic message").isEmpty();
    assertThat(ids("99901:")).containsExactly("CPT_EXPRESSION_EMPTY_PART");
  }

  @Test
  void twoVersionsOfCptLoadSideBySide() {
    assertThat(CptFixture.ENGINE.registry().versions(TestContent.CPT))
        .containsExactly("2025", SYNTHETIC);
    assertThat(cpt("2025").concept("47383")).isPresent();
    assertThat(cpt("2025").concept("99901")).isEmpty();
    assertThat(cpt(SYNTHETIC).concept("99901")).isPresent();
    assertThat(cpt(SYNTHETIC).concept("47383")).isEmpty();
    assertThat(cpt(SYNTHETIC).concept("99901").orElseThrow().properties("bilateral-surgery"))
        .as("the synthetic CMS rows apply to the synthetic version only")
        .hasSize(1);
    assertThat(cpt("2025").concept("47383").orElseThrow().properties("bilateral-surgery"))
        .hasSize(1);
  }

  @Test
  void shippedSeedExpressions() {
    assertThat(cpt("2025").concept("47383:51")).isPresent();
    assertThat(cpt("2025").codeIssues("47383:51", "code")).isEmpty();
    assertThat(cpt("2025").codeIssues("47383:50", "code"))
        .extracting(Issue::messageId)
        .containsExactly("CPT_EXPRESSION_UNKNOWN_MODIFIER", "CPT_POLICY_BILATERAL");
    assertThat(cpt("2025").codeIssues("47383:62", "code"))
        .extracting(Issue::messageId)
        .containsExactly("CPT_EXPRESSION_UNKNOWN_MODIFIER", "CPT_POLICY_CO_SURGEONS");
    assertThat(cpt("2025").codeIssues("47383-51", "code"))
        .extracting(Issue::text)
        .singleElement()
        .asString()
        .contains("'47383:51'");
  }
}
