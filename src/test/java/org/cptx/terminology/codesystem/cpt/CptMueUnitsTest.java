package org.cptx.terminology.codesystem.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.terminology.codesystem.cpt.CptFixture.ENGINE;
import static org.cptx.terminology.codesystem.cpt.CptFixture.SYNTHETIC;
import static org.cptx.terminology.codesystem.cpt.CptFixture.cpt;

import java.util.List;
import org.cptx.support.TestContent;
import org.cptx.terminology.CheckOptions;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.ValidateCodeRequest;
import org.cptx.terminology.ValidationResult;
import org.cptx.terminology.valueset.ValueSetValidateRequest;
import org.junit.jupiter.api.Test;

/**
 * Units over the MUE ({@code MueUnitsRule}) against the synthetic supplement rows: 99901 MUE 2 with
 * adjudication indicator 1 (claim line), 99902 MUE 3 with 2 (date of service, policy), 29990 MUE 1
 * with 3 (date of service, clinical), 86702 MUE 4 without an indicator; 01990 has no MUE.
 */
class CptMueUnitsTest {

  private static final String CPT = TestContent.CPT;

  @Test
  void unitsUpToTheMueAreFine() {
    assertThat(units("99901", 1)).isEmpty();
    assertThat(units("99901", 2)).isEmpty();
    assertThat(units("29990", 1)).isEmpty();
  }

  @Test
  void claimLineEditIsAnError() {
    assertThat(units("99901", 3))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_POLICY_MUE_UNITS");
              assertThat(i.severity()).isEqualTo(Severity.ERROR);
              assertThat(i.type()).isEqualTo("business-rule");
              assertThat(i.text())
                  .isEqualTo(
                      "3 units of '99901' are not allowed: the CMS MUE (medically unlikely edit) for"
                          + " '99901' is 2 units (adjudication indicator 1: Claim Line Edit)");
              assertThat(i.location()).containsExactly("Coding.code", "units");
            });
  }

  @Test
  void dateOfServicePolicyEditIsAnError() {
    assertThat(units("99902", 4))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.ERROR);
              assertThat(i.text())
                  .contains(
                      "4 units of '99902'",
                      "is 3 units",
                      "indicator 2: Date of Service Edit: Policy");
            });
  }

  @Test
  void dateOfServiceClinicalEditIsAWarning() {
    assertThat(units("29990", 2))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.WARNING);
              assertThat(i.text())
                  .isEqualTo(
                      "2 units of '29990' need review: the CMS MUE (medically unlikely edit) for"
                          + " '29990' is 1 unit (adjudication indicator 3: Date of Service Edit: Clinical)");
            });
  }

  @Test
  void anMueWithoutIndicatorIsAWarning() {
    assertThat(units("86702", 5))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.WARNING);
              assertThat(i.text())
                  .contains("5 units of '86702'", "is 4 units", "(no adjudication indicator)");
            });
  }

  @Test
  void noMueNoIssue() {
    assertThat(units("01990", 999)).isEmpty();
    assertThat(units("9990F", 50)).isEmpty();
  }

  @Test
  void anExpressionIsCheckedAgainstItsBaseCodesMue() {
    assertThat(units("99901:22", 3))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.ERROR);
              assertThat(i.text())
                  .startsWith("3 units of '99901:22' are not allowed")
                  .contains("for '99901' is 2 units");
            });
  }

  @Test
  void validateCodeWithUnits() {
    ValidationResult over = validate("99901", 3);
    assertThat(over.result()).isFalse();
    assertThat(over.issues()).extracting(Issue::messageId).containsExactly("CPT_POLICY_MUE_UNITS");
    ValidationResult review = validate("29990", 2);
    assertThat(review.result()).isTrue();
    assertThat(review.issues()).extracting(Issue::severity).containsExactly(Severity.WARNING);
    assertThat(validate("99901", 2).issues()).isEmpty();
    assertThat(validate("99901", null).issues()).as("no units, no check").isEmpty();
  }

  @Test
  void valueSetValidateCodeWithUnits() {
    var cptAll = ENGINE.valueSet("http://hl7.org/fhir/ValueSet/cpt-all", null);
    CodingInput coding = new CodingInput(CPT, SYNTHETIC, "99902", null, "");
    ValidationResult over =
        ENGINE.validateInValueSet(
            cptAll, ValueSetValidateRequest.of(coding).with(CheckOptions.DEFAULT.withUnits(4)));
    assertThat(over.result()).isFalse();
    assertThat(over.issues()).extracting(Issue::messageId).contains("CPT_POLICY_MUE_UNITS");
    ValidationResult within =
        ENGINE.validateInValueSet(
            cptAll, ValueSetValidateRequest.of(coding).with(CheckOptions.DEFAULT.withUnits(3)));
    assertThat(within.result()).isTrue();
    assertThat(within.issues()).isEmpty();
  }

  private static List<Issue> units(String code, int units) {
    var provider = cpt(SYNTHETIC);
    return provider.unitsIssues(provider.concept(code).orElseThrow(), units, "Coding.code");
  }

  private static ValidationResult validate(String code, Integer units) {
    return ENGINE.validateCode(
        new ValidateCodeRequest(
            CPT,
            SYNTHETIC,
            List.of(new CodingInput(CPT, SYNTHETIC, code, null, "")),
            false,
            CheckOptions.DEFAULT.withUnits(units)));
  }
}
