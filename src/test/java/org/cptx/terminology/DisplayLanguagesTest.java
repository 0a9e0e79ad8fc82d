package org.cptx.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cptx.terminology.DisplayLanguages.Use;
import org.cptx.terminology.valueset.ValueSetDefaults;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/** The one display-language precedence, and the departures each operation makes from it. */
class DisplayLanguagesTest {

  static final LanguageRequest ALL = new LanguageRequest("de", "fr, en;q=0.5", "es");

  static ValueSet valueSet(String displayLanguage, String language) {
    ValueSet vs = new ValueSet();
    if (displayLanguage != null) {
      Extension ext = vs.getCompose().addExtension().setUrl(ValueSetDefaults.EXPANSION_PARAMETER);
      ext.addExtension("name", new CodeType("displayLanguage"));
      ext.addExtension("value", new CodeType(displayLanguage));
    }
    return language == null ? vs : (ValueSet) vs.setLanguage(language);
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
