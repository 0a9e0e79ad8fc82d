package org.cptx.terminology.codesystem.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.terminology.codesystem.cpt.CptFixture.ids;
import static org.cptx.terminology.codesystem.cpt.CptFixture.issues;

import org.cptx.terminology.Issue;
import org.junit.jupiter.api.Test;

/**
 * The modifier rules 1-10 (docs/cpt.md, "Modifier rules"), each against the synthetic CPT version.
 */
class CptModifierRulesTest {

  @Test
  void validExpressionHasNoFindings() {
    assertThat(issues("99901:22")).isEmpty();
    assertThat(issues("99902:25:95")).isEmpty();
  }

  @Test
  void rule1CategoryTwoModifierOnlyOnCategoryTwoCode() {
    assertThat(ids("9990F:1P")).isEmpty();
    assertThat(issues("99901:1P"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_RULE_CAT2_MODIFIER");
              assertThat(i.text()).contains("'1P'", "'99901'");
              assertThat(i.isError()).isTrue();
            });
    assertThat(ids("9990T:1P"))
        .as("Category III is not Category II, whatever kind says")
        .containsExactly("CPT_RULE_CAT2_MODIFIER");
  }

  @Test
  void rule2PhysicalStatusOnlyOnAnesthesia() {
    assertThat(ids("01990:P1")).isEmpty();
    assertThat(issues("29990:P1"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_RULE_PHYSICAL_STATUS");
              assertThat(i.text()).contains("'P1'", "'29990'", "00100-01999");
            });
  }

  @Test
  void rule3BaseCodeNeverAModifier() {
    assertThat(issues("99901:99902"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_RULE_BASE_AS_MODIFIER");
              assertThat(i.text()).contains("'99902'", "'99901:99902'");
            });
  }

  @Test
  void rule3UnknownBaseOrModifierIsNotFoundNamingThePart() {
    assertThat(issues("99909:51"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_EXPRESSION_UNKNOWN_BASE");
              assertThat(i.text()).contains("'99909'", "9999-synthetic");
            });
    assertThat(issues("99901:51:Q9"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_EXPRESSION_UNKNOWN_MODIFIER");
              assertThat(i.text()).contains("'Q9'");
            });
    assertThat(CptFixture.cpt(CptFixture.SYNTHETIC).concept("99901:51:Q9")).isEmpty();
  }

  @Test
  void rule4FiftyAndFiftyOneNotOnCategoryTwo() {
    assertThat(ids("9990F:51")).containsExactly("CPT_RULE_NOT_ON_CAT2");
    assertThat(ids("9990F:50")).containsExactly("CPT_RULE_NOT_ON_CAT2");
    assertThat(issues("9990F:51").get(0).text()).contains("'51'", "'9990F'");
  }

  @Test
  void rule5SixtyThreeOnlyOnSurgeryAndListedCardiology() {
    assertThat(ids("29990:63")).isEmpty();
    assertThat(issues("99901:63"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_RULE_MODIFIER_63_CODES");
              assertThat(i.text()).contains("'63'", "'99901'", "20100-69990", "93616");
            });
  }

  @Test
  void rule6NinetyTwoOnlyOnListedLaboratoryCodes() {
    assertThat(ids("86702:92")).isEmpty();
    assertThat(ids("99901:92")).containsExactly("CPT_RULE_MODIFIER_92_CODES");
  }

  @Test
  void rule7NinetyFiveOnlyOnTelemedicineCodes() {
    assertThat(ids("99902:95")).isEmpty();
    assertThat(issues("99901:95"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_RULE_TELEMEDICINE");
              assertThat(i.text()).contains("'95'", "'99901'");
            });
  }

  @Test
  void rule8AtMostOneOfEachSet() {
    assertThat(issues("99902:25:59"))
        .extracting(Issue::messageId)
        .containsExactly("CPT_RULE_EXCLUSIVE_MODIFIERS");
    assertThat(issues("99902:25:59").get(0).text()).contains("'25' and '59'", "25, 57, 59");
    assertThat(ids("99901:52:53")).containsExactly("CPT_RULE_EXCLUSIVE_MODIFIERS");
    assertThat(ids("99901:76:77")).containsExactly("CPT_RULE_EXCLUSIVE_MODIFIERS");
    assertThat(ids("99902:93:95")).containsExactly("CPT_RULE_EXCLUSIVE_MODIFIERS");
    assertThat(ids("99902:25:53:77")).isEmpty();
  }

  @Test
  void rule9FiftyNineNeverWithXModifiers() {
    assertThat(ids("99901:XS")).as("no 59 needed beside a HCPCS modifier").isEmpty();
    assertThat(issues("99901:59:XE"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_RULE_59_WITH_X");
              assertThat(i.text()).contains("'59'", "'XE'");
            });
  }

  @Test
  void rule10NoModifierTwice() {
    assertThat(issues("99901:22:22"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_RULE_REPEATED_MODIFIER");
              assertThat(i.text()).contains("'22'", "'99901:22:22'");
            });
  }
}
