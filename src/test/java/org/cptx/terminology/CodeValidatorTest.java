package org.cptx.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.support.TestContent.CPT;
import static org.cptx.support.TestContent.SYNTHETIC_URL;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeValidatorTest {

  private final Terminology engine = EngineFixture.ENGINE;

  private ValidationResult validate(String system, String version, String code, String display) {
    return engine.validateCode(
        new ValidateCodeRequest(
            system,
            version,
            List.of(new CodingInput(system, version, code, display, "")),
            false,
            CheckOptions.DEFAULT));
  }

  @Test
  void knownCodeIsValidWithItsDisplay() {
    ValidationResult r = validate(CPT, null, "47383", null);
    assertThat(r.result()).isTrue();
    assertThat(r.coding().display())
        .isEqualTo("Ablation, 1 or more liver tumor(s), percutaneous, cryoablation");
    assertThat(r.coding().version()).isEqualTo("2025");
    assertThat(r.issues()).isEmpty();
  }

  @Test
  void anyDesignationIsAValidDisplay() {
    assertThat(validate(CPT, null, "47383", "PERQ ABLTJ LVR CRYOABLATION").result()).isTrue();
  }

  @Test
  void wrongDisplayIsAResultWithAnInvalidDisplayIssue() {
    ValidationResult r = validate(CPT, null, "47383", "Liver biopsy");
    assertThat(r.result()).isFalse();
    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.txType()).isEqualTo("invalid-display");
              assertThat(i.location()).containsExactly("display");
              assertThat(i.text())
                  .startsWith(
                      "Wrong Display Name 'Liver biopsy' for http://www.ama-assn.org/go/cpt#47383");
            });
    assertThat(r.message()).isEqualTo(r.issues().get(0).text());
  }

  @Test
  void aVersionOfAnUnknownSystemSaysNoVersionIsKnown() {
    ValidationResult r = validate("http://example.org/none", "1.2", "A", null);
    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("UNKNOWN_CODESYSTEM_VERSION_NONE");
              assertThat(i.text()).endsWith("No versions of this code system are known");
            });
    assertThat(r.unknownSystem().canonical()).isEqualTo("http://example.org/none");
  }

  @Test
  void aSupplementIsNotACodeSystemACodingMayName() {
    String supplement = "http://cptx.org/fhir/CodeSystem/cpt-cms-indicators";
    ValidationResult r = validate(supplement, null, "47383", null);
    assertThat(r.result()).isFalse();
    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CODESYSTEM_CS_NO_SUPPLEMENT");
              assertThat(i.text())
                  .isEqualTo(
                      "CodeSystem "
                          + supplement
                          + "|RVU25A is a supplement, so can't be used as a "
                          + "value in Coding.system");
            });
  }

  @Test
  void unknownCodeIsInvalidCode() {
    ValidationResult r = validate(CPT, null, "00000", null);
    assertThat(r.result()).isFalse();
    assertThat(r.issues())
        .singleElement()
        .extracting(Issue::txType, Issue::messageId)
        .containsExactly("invalid-code", "Unknown_Code_in_Version");
  }

  @Test
  void unknownSystemIsNotFoundAndNamed() {
    ValidationResult r = validate("http://example.org/none", null, "A", null);
    assertThat(r.result()).isFalse();
    assertThat(r.unknownSystem().canonical()).isEqualTo("http://example.org/none");
    assertThat(r.issues())
        .singleElement()
        .extracting(Issue::messageId)
        .isEqualTo("UNKNOWN_CODESYSTEM");
  }

  @Test
  void unknownVersionListsTheKnownOnes() {
    ValidationResult r = validate(SYNTHETIC_URL, "3.0.0", "9990A", null);
    assertThat(r.result()).isFalse();
    assertThat(r.unknownSystem().canonical()).isEqualTo(SYNTHETIC_URL + "|3.0.0");
    assertThat(r.issues().get(0).text()).endsWith("Valid versions: 1.0.0 or 2.0.0");
  }

  @Test
  void codeableConceptIsValidWhenOneCodingIs() {
    ValidationResult r =
        engine.validateCode(
            new ValidateCodeRequest(
                CPT,
                null,
                List.of(
                    new CodingInput(CPT, null, "00000", null, "CodeableConcept.coding[0]."),
                    new CodingInput(CPT, null, "47383", null, "CodeableConcept.coding[1].")),
                true,
                CheckOptions.DEFAULT));
    assertThat(r.result()).isTrue();
    assertThat(r.coding().code()).isEqualTo("47383");
    assertThat(r.issues())
        .singleElement()
        .extracting(i -> i.location().get(0))
        .isEqualTo("CodeableConcept.coding[0].code");
  }
}
