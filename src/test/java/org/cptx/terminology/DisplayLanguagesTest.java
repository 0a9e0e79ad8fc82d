package org.cptx.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cptx.terminology.DisplayLanguages.Use;
import org.cptx.terminology.model.Extension;
import org.cptx.terminology.model.Value;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.model.ValueSetDefinition.Compose;
import org.cptx.terminology.valueset.ValueSetDefaults;
import org.junit.jupiter.api.Test;

/** The one display-language precedence, and the departures each operation makes from it. */
class DisplayLanguagesTest {

  static final LanguageRequest ALL = new LanguageRequest("de", "fr, en;q=0.5", "es");

  static ValueSetDefinition valueSet(String displayLanguage, String language) {
    List<Extension> parameters =
        displayLanguage == null
            ? List.of()
            : List.of(
                new Extension(
                    ValueSetDefaults.EXPANSION_PARAMETER,
                    null,
                    List.of(
                        new Extension("name", Value.code("displayLanguage")),
                        new Extension("value", Value.code(displayLanguage)))));
    return new ValueSetDefinition(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        language,
        null,
        null,
        null,
        List.of(),
        new Compose(List.of(), List.of(), null, null, parameters),
        List.of());
  }

  @Test
  void theParameterComesFirstForEveryOperation() {
    for (Use use : Use.values()) {
      assertThat(DisplayLanguages.resolve(ALL, valueSet("nl", "it"), use)).isEqualTo("de");
    }
  }

  @Test
  void thenTheHeaderThenTheValueSetThenTheFallback() {
    LanguageRequest noParameter = new LanguageRequest(null, "fr, en;q=0.5", "es");
    assertThat(DisplayLanguages.resolve(noParameter, valueSet(null, "it"), Use.VALIDATE))
        .isEqualTo("fr, en;q=0.5");
    assertThat(DisplayLanguages.resolve(noParameter, null, Use.LOOKUP))
        .as("one language: the first tag")
        .isEqualTo("fr");
    LanguageRequest fallbackOnly = new LanguageRequest(null, null, "es");
    assertThat(DisplayLanguages.resolve(fallbackOnly, valueSet(null, "it"), Use.VALIDATE))
        .isEqualTo("it");
    assertThat(DisplayLanguages.resolve(fallbackOnly, valueSet("nl", "it"), Use.VALIDATE))
        .isEqualTo("nl");
    assertThat(DisplayLanguages.resolve(fallbackOnly, null, Use.VALIDATE)).isEqualTo("es");
    assertThat(DisplayLanguages.resolve(LanguageRequest.NONE, null, Use.LOOKUP)).isNull();
  }

  @Test
  void anExpansionPutsTheValueSetsDisplayLanguageBeforeTheHeaderAndIgnoresItsLanguage() {
    LanguageRequest header = new LanguageRequest(null, "fr", "es");
    assertThat(DisplayLanguages.resolve(header, valueSet("nl", "it"), Use.EXPAND)).isEqualTo("nl");
    assertThat(DisplayLanguages.resolve(header, valueSet(null, "it"), Use.EXPAND)).isEqualTo("fr");
    assertThat(
            DisplayLanguages.resolve(
                new LanguageRequest(null, null, "es"), valueSet(null, "it"), Use.EXPAND))
        .isEqualTo("es");
  }

  @Test
  void validationChecksTheListItUses() {
    assertThatThrownBy(
            () ->
                DisplayLanguages.resolve(
                    new LanguageRequest("not a language!", null, null), null, Use.VALIDATE))
        .isInstanceOf(TerminologyException.class)
        .hasMessageContaining("not a language!");
    assertThat(DisplayLanguages.tags("de,*; q=0")).containsExactly("de");
    assertThat(DisplayLanguages.tags("en, en-AU; q=0.4")).containsExactly("en", "en-au");
  }
}
