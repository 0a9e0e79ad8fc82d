package org.cptx.fhir.encoding;

import java.util.List;
import org.cptx.fhir.response.ValidationAnswer;
import org.cptx.terminology.CheckedCoding;
import org.cptx.terminology.ConceptStatus;
import org.cptx.terminology.Issue;
import org.cptx.terminology.UnknownSystem;
import org.cptx.terminology.ValidationResult;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Random $validate-code answers for the writers' tests: results with issues of every severity (some
 * of types HAPI does not know), unknown systems, normalized codes, statuses, echoed
 * CodeableConcepts and diagnostics. All invented for cptx tests.
 */
final class ValidationResults {

  private static final List<String> TYPES =
      List.of(
          "code-invalid", "invalid", "not-found", "business-rule", "informational", "bogus", "");
  private static final List<String> MESSAGE_IDS =
      List.of(
          "Unknown_Code_in_Version",
          "Display_Name_for__should_be_one_of__instead_of",
          "CODE_CASE_DIFFERENCE",
          "MSG_DRAFT",
          "");

  private final EngineResults random;

  ValidationResults(long seed) {
    random = new EngineResults(seed);
  }

  ValidationAnswer answer() {
    ValidationResult result =
        new ValidationResult(
            random.coin(),
            coding(),
            status(),
            random.coin() ? null : unknown(),
            random.some(4, this::issue));
    return new ValidationAnswer(
        result, random.coin() ? null : codeableConcept(), random.coin() ? null : random.text());
  }

  private CheckedCoding coding() {
    return new CheckedCoding(
        random.maybe(List.of("http://example.org/cs", "")),
        random.maybe(List.of("1.0", "2026")),
        random.maybe(EngineResults.TEXTS),
        random.maybe(EngineResults.TEXTS),
        random.maybe(List.of("ABC", "abc", "")));
  }

  private ConceptStatus status() {
    return random.coin()
        ? ConceptStatus.ACTIVE
        : new ConceptStatus(random.coin(), random.maybe(List.of("retired", "deprecated", "")));
  }

  private UnknownSystem unknown() {
    return new UnknownSystem(
        random.pick(List.of("http://example.org/unknown", "http://example.org/cs|9", "")),
        random.coin());
  }

  Issue issue() {
    return new Issue(
        random.pick(List.of(Issue.Severity.values())),
        random.maybe(TYPES),
        random.maybe(List.of("invalid-code", "invalid-display", "not-found", "")),
        random.maybe(MESSAGE_IDS),
        random.text(),
        random.some(2, () -> random.pick(List.of("Coding.code", "CodeableConcept.coding[0]"))));
  }

  CodeableConcept codeableConcept() {
    CodeableConcept cc = new CodeableConcept();
    for (int i = random.some(2, () -> 0).size(); i > 0; i--) {
      Coding c = cc.addCoding();
      c.setSystem(random.maybe(List.of("http://example.org/cs", "urn:oid:1.2.3")));
      c.setCode(random.maybe(EngineResults.TEXTS));
      c.setDisplay(random.maybe(EngineResults.TEXTS));
      if (random.coin()) {
        c.setUserSelected(random.coin());
      }
    }
    cc.setText(random.maybe(EngineResults.TEXTS));
    return cc;
  }
}
