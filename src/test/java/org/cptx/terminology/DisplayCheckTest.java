package org.cptx.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cptx.terminology.model.Designation;
import org.junit.jupiter.api.Test;

/** Display validation by language (synthetic concept). */
class DisplayCheckTest {

  private static final CodeSystemInfo EN =
      new CodeSystemInfo(
          "http://example.org/cs", "1", "Synthetic", null, "en", "complete", true, null, null, 1);
  private static final Concept CONCEPT =
      Concept.simple(
          "X1",
          "Synthetic one",
          null,
          List.of(new Designation("de", null, "Synthetisch eins")),
          List.of());

  @Test
  void anyKnownDisplayFitsWhenNoLanguageIsAsked() {
    assertThat(DisplayCheck.check("Synthetisch eins", CONCEPT, EN, null, false, "display"))
        .isEmpty();
  }

  @Test
  void aDisplayInAnotherLanguageThanAskedIsWrong() {
    List<Issue> issues =
        DisplayCheck.check("Synthetisch eins", CONCEPT, EN, "en", false, "display");
    assertThat(issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("Display_Name_for__should_be_one_of__instead_of");
              assertThat(i.text())
                  .contains("Valid display is 'Synthetic one' (en) (for the language(s) 'en')");
            });
  }

  @Test
  void noDisplayInTheAskedLanguageAcceptsTheDefaultWithInformation() {
    List<Issue> issues = DisplayCheck.check("Synthetic one", CONCEPT, EN, "fr", false, "display");
    assertThat(issues)
        .singleElement()
        .extracting(Issue::messageId, Issue::severity)
        .containsExactly("NO_VALID_DISPLAY_FOUND_NONE_FOR_LANG_OK", Issue.Severity.INFORMATION);
  }

  @Test
  void aWithdrawnDesignationIsRecognisedWithAWarningNamingTheCurrentDisplay() {
    Designation withdrawn =
        new Designation(
            "en",
            null,
            "Old synthetic one",
            List.of(
                new org.cptx.terminology.model.Extension(
                    StatusWarnings.STANDARDS_STATUS,
                    org.cptx.terminology.model.Value.code("withdrawn"))));
    Concept concept = Concept.simple("X1", "Synthetic one", null, List.of(withdrawn), List.of());
    List<Issue> issues =
        DisplayCheck.check("Old synthetic one", concept, EN, null, false, "display");
    assertThat(issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("INACTIVE_DISPLAY_FOUND");
              assertThat(i.severity()).isEqualTo(Issue.Severity.WARNING);
              assertThat(i.text())
                  .isEqualTo(
                      "'Old synthetic one' is no longer considered a correct display for code 'X1' "
                          + "(status = deprecated). The correct display is one of \"Synthetic one\".");
            });
  }

  /**
   * With no language asked for, the check decides as with {@code *} (every language, the full
   * comparison over every candidate text): over random concepts with repeated, retired and
   * non-display designations.
   */
  @Test
  void noLanguageDecidesAsEveryLanguage() {
    java.util.Random random = new java.util.Random(7);
    List<String> texts = List.of("Synthetic one", "Synth one", "Synthetisch eins", "Other");
    for (int n = 0; n < 5_000; n++) {
      List<Designation> designations = new java.util.ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        String text = texts.get(random.nextInt(texts.size()));
        designations.add(
            random.nextBoolean()
                ? new Designation(random.nextBoolean() ? "de" : null, null, text)
                : new Designation(
                    null,
                    random.nextBoolean()
                        ? new org.cptx.terminology.model.Coding(
                            "http://example.org/uses", "olde", null)
                        : null,
                    text,
                    List.of(
                        new org.cptx.terminology.model.Extension(
                            StatusWarnings.STANDARDS_STATUS,
                            org.cptx.terminology.model.Value.code(
                                random.nextBoolean() ? "withdrawn" : "trial-use"),
                            List.of()))));
      }
      String display = random.nextInt(4) == 0 ? null : texts.get(random.nextInt(2));
      Concept concept = Concept.simple("X1", display, null, designations, List.of());
      String given = texts.get(random.nextInt(texts.size()));
      java.util.function.Predicate<Designation> isDisplay =
          d -> d.use() == null || !"olde".equals(d.use().code());
      List<Issue> none = DisplayCheck.check(given, concept, EN, null, false, "d", isDisplay);
      List<Issue> every = DisplayCheck.check(given, concept, EN, "*", false, "d", isDisplay);
      assertThat(none.stream().map(Issue::messageId).toList())
          .as("%s against %s", given, concept)
          .isEqualTo(every.stream().map(Issue::messageId).toList());
    }
  }

  @Test
  void lenientDisplayValidationWarnsInsteadOfFailing() {
    List<Issue> issues = DisplayCheck.check("Wrong", CONCEPT, EN, null, true, "display");
    assertThat(issues)
        .singleElement()
        .extracting(Issue::severity)
        .isEqualTo(Issue.Severity.WARNING);
  }

  @Test
  void qualityZeroLanguagesAreDropped() {
    assertThat(DisplayLanguages.tags("de,*; q=0")).containsExactly("de");
    assertThat(DisplayLanguages.tags("en, en-AU; q=0.4")).containsExactly("en", "en-au");
  }

  @Test
  void languagesThatRefuseAllOthersLeaveAConceptWithoutTextInThemWithoutADisplay() {
    Displays.Shown shown = Displays.show(CONCEPT, "fr, *; q=0", "en");
    assertThat(shown.display()).isNull();
    assertThat(shown.designations())
        .extracting(Designation::value)
        .containsExactly("Synthetic one", "Synthetisch eins");
    assertThat(Displays.show(CONCEPT, "de, *; q=0", "en").display()).isEqualTo("Synthetisch eins");
    assertThat(Displays.show(CONCEPT, "fr", "en").display()).isEqualTo("Synthetic one");
  }

  @Test
  void aDesignationWithANonDisplayUseIsNotAValidDisplay() {
    Designation oldSpelling =
        new Designation(
            null,
            new org.cptx.terminology.model.Coding("http://example.org/uses", "olde", null),
            "Synthetick one");
    Concept concept = Concept.simple("X1", "Synthetic one", null, List.of(oldSpelling), List.of());
    CodeSystemProvider plain =
        new org.cptx.terminology.codesystem.fhir.FhirCodeSystemProvider(
            org.cptx.content.convert.FhirCodeSystems.definition(
                new org.hl7.fhir.r4.model.CodeSystem().setUrl("http://example.org/cs")),
            List.of());
    List<Issue> issues =
        DisplayCheck.check("Synthetick one", concept, EN, null, false, "display", plain::isDisplay);
    assertThat(issues)
        .singleElement()
        .satisfies(i -> assertThat(i.text()).contains("Valid display is 'Synthetic one' (en)"));
    assertThat(plain.isDisplay(new Designation("de", null, "Synthetisch eins"))).isTrue();
  }

  @Test
  void aDisplayWrongOnlyInItsWhitespaceSaysSo() {
    List<Issue> issues = DisplayCheck.check("Synthetic  one", CONCEPT, EN, null, false, "display");
    assertThat(issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId())
                  .isEqualTo("Display_Name_WS_for__should_be_one_of__instead_of");
              assertThat(i.text()).startsWith("Wrong whitespace in Display Name 'Synthetic  one'");
            });
  }
}
