package org.cptx.fhir.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cptx.fhir.response.LookupResponse;
import org.cptx.fhir.response.ValidationAnswer;
import org.cptx.fhir.response.ValidationResponse;
import org.cptx.terminology.CheckedCoding;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.ConceptStatus;
import org.cptx.terminology.Issue;
import org.cptx.terminology.LookupResult;
import org.cptx.terminology.UnknownSystem;
import org.cptx.terminology.ValidationResult;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Value;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.junit.jupiter.api.Test;

/**
 * {@link LookupAnswers} and {@link ValidationAnswers} write what HAPI's path writes for the same
 * result ({@link AnswerComparison}), over random results and hand-picked ones. Content invented for
 * cptx tests.
 */
class DirectAnswersTest {

  private static final String CS = "http://example.org/fhir/CodeSystem/invented";
  private static final CodeSystemInfo SYSTEM =
      new CodeSystemInfo(CS, "2026", "Invented", null, "en", "complete", true, null, null, 3);

  @Test
  void randomLookupsAreWrittenAsHapiWritesThem() {
    EngineResults random = new EngineResults(14);
    int compared = 0;
    for (int i = 0; i < 3000; i++) {
      LookupResult result = random.lookup();
      compared += lookup(result) ? 1 : 0;
    }
    assertThat(compared).as("answers written and compared in full").isGreaterThan(1500);
  }

  @Test
  void randomValidationsAreWrittenAsHapiWritesThem() {
    ValidationResults random = new ValidationResults(14);
    int compared = 0;
    for (int i = 0; i < 3000; i++) {
      compared += validation(random.answer()) ? 1 : 0;
    }
    assertThat(compared).as("answers written and compared in full").isGreaterThan(1000);
  }

  @Test
  void handPickedLookupsAreWrittenAsHapiWritesThem() {
    List<LookupResult> results =
        List.of(
            new LookupResult(
                SYSTEM,
                "10001",
                "Invented procedure",
                "Invented for cptx tests",
                false,
                List.of(
                    new Designation(
                        "en",
                        new Coding("http://snomed.info/sct", "900000000000013009", "Synonym"),
                        "Invented synonym"),
                    new Designation(null, null, "Plain designation"),
                    new Designation("de", null, "Erfundene Größe").from(CS + "-de|1")),
                properties(),
                List.of(CS + "-de|1")),
            new LookupResult(
                new CodeSystemInfo(CS, null, null, null, null, null, false, null, null, 0),
                "x",
                null,
                null,
                true,
                List.of(),
                List.of(),
                List.of()),
            new LookupResult(
                SYSTEM,
                "é\"\\\u0001\u2028",
                "发明 \uD83D\uDE00 </script>",
                "tab\tnew\nline",
                false,
                List.of(new Designation("zh", null, "发明的程序")),
                List.of(ConceptProperty.of("note", Value.string("\"quoted\" \\ é"))),
                List.of()));
    for (LookupResult result : results) {
      assertThat(lookup(result)).as("written directly: %s", result).isTrue();
    }
  }

  /** A property of every value type the engine holds, a described one and a group. */
  private static List<ConceptProperty> properties() {
    return List.of(
        ConceptProperty.of("global-days", Value.code("090")),
        ConceptProperty.described("parent", Value.code("10000"), "Invented parent"),
        ConceptProperty.of("kind", Value.coding(new Coding(CS + "/kind", "1.0", "k", "Kind"))),
        ConceptProperty.of("notSelectable", Value.bool(true)),
        ConceptProperty.of("units", Value.integer(-3)),
        ConceptProperty.of("weight", Value.decimal("1.50")),
        ConceptProperty.of("effective", Value.date("2026-01-01")),
        ConceptProperty.of("changed", Value.dateTime("2026-01-01T10:00:00.123+02:00")),
        ConceptProperty.of("comment", Value.string("Invented comment")),
        ConceptProperty.of("link", new Value.OtherValue("uri", "http://example.org/link")),
        ConceptProperty.of(
            "concept",
            new Value.ComplexValue(
                "CodeableConcept",
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"value\","
                    + "\"valueCodeableConcept\":{\"text\":\"Invented\"}}]}")),
        ConceptProperty.group(
            "history",
            List.of(
                ConceptProperty.of("date", Value.dateTime("2025")),
                ConceptProperty.of("action", Value.code("added")))));
  }

  @Test
  void handPickedValidationsAreWrittenAsHapiWritesThem() {
    Issue error =
        new Issue(
            Issue.Severity.ERROR,
            "code-invalid",
            "invalid-code",
            "Unknown_Code_in_Version",
            "Unknown code '99999' in the invented system",
            List.of("Coding.code"));
    Issue warning =
        new Issue(Issue.Severity.WARNING, "business-rule", null, "MSG_DRAFT", "Draft", List.of());
    Issue information =
        new Issue(Issue.Severity.INFORMATION, "informational", null, "N", "Note é", List.of());
    Issue fatal = new Issue(Issue.Severity.FATAL, "not-found", "not-found", "X", "Gone", List.of());
    CodeableConcept cc = new CodeableConcept().setText("Invented");
    cc.addCoding().setSystem(CS).setCode("10001").setDisplay("Invented procedure");
    cc.addCoding().setSystem(CS + "/other").setCode("a").setUserSelected(true);
    List<ValidationAnswer> answers =
        List.of(
            answer(true, new CheckedCoding(CS, "2026", "10001", "Invented", null), List.of()),
            answer(false, CheckedCoding.of(CS, "2026", "99999"), List.of(error)),
            answer(
                true,
                new CheckedCoding(CS, "2026", "abc", "Invented", "ABC"),
                List.of(warning, information)),
            answer(false, CheckedCoding.NONE, List.of(fatal, information)),
            new ValidationAnswer(
                new ValidationResult(
                    false,
                    CheckedCoding.of("http://example.org/unknown", null, "1"),
                    new ConceptStatus(true, "retired"),
                    UnknownSystem.of("http://example.org/unknown"),
                    List.of(error)),
                cc,
                "ValueSet/$validate-code against http://example.org/vs; result: false"),
            new ValidationAnswer(
                new ValidationResult(
                    false,
                    CheckedCoding.of(CS, "9", "1"),
                    UnknownSystem.of(CS + "|9"),
                    List.of(error, warning, information)),
                null,
                "diagnostics \"é\""));
    for (ValidationAnswer answer : answers) {
      assertThat(validation(answer)).as("written directly: %s", answer).isTrue();
    }
  }

  private static ValidationAnswer answer(boolean valid, CheckedCoding coding, List<Issue> issues) {
    return new ValidationAnswer(new ValidationResult(valid, coding, null, issues), null, null);
  }

  private static boolean lookup(LookupResult result) {
    return AnswerComparison.same(
        result.toString(), () -> LookupResponse.of(result), LookupAnswers.of(result));
  }

  private static boolean validation(ValidationAnswer answer) {
    return AnswerComparison.same(
        answer.toString(), () -> ValidationResponse.of(answer), ValidationAnswers.of(answer));
  }
}
