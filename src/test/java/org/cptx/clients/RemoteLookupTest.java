package org.cptx.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.context.support.IValidationSupport.BaseConceptProperty;
import ca.uhn.fhir.context.support.IValidationSupport.CodingConceptProperty;
import ca.uhn.fhir.context.support.IValidationSupport.ConceptDesignation;
import ca.uhn.fhir.context.support.IValidationSupport.LookupCodeResult;
import ca.uhn.fhir.context.support.LookupCodeRequest;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.hl7.fhir.common.hapi.validation.support.RemoteTerminologyServiceValidationSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code RemoteTerminologyServiceValidationSupport.lookupCode} against cptx: HAPI sends a GET
 * {@code CodeSystem/$lookup} with {@code code}, {@code system}, {@code language} (its own name for
 * the display language) and one {@code property} per requested property name.
 */
@RunningServer
class RemoteLookupTest {

  private final Exchanges exchanges = new Exchanges();

  private LookupCodeResult lookup(TestServer server, LookupCodeRequest request) {
    RemoteTerminologyServiceValidationSupport remote = Clients.remote(server, exchanges);
    return remote.lookupCode(new ValidationSupportContext(remote), request);
  }

  @Test
  void lookupWithoutLanguageFindsTheCodeWithItsDescriptorsAndIndicators(TestServer server) {
    LookupCodeResult result = lookup(server, new LookupCodeRequest(Cpt.SYSTEM, Cpt.CODE));

    assertThat(result.isFound()).as("found; requests:%s", exchanges).isTrue();
    assertThat(result.getCodeDisplay()).isEqualTo(Cpt.LONG);
    assertThat(result.getCodeSystemDisplayName()).isEqualTo("CPT");
    assertThat(result.getCodeSystemVersion()).isEqualTo(Cpt.VERSION);
    assertCptDescriptors(result.getDesignations());
    assertThat(codingProperties(result))
        .contains(tuple("global-days", Cpt.GLOBAL_DAYS, "010", "Minor Procedure"));
  }

  @Test
  void lookupWithDisplayLanguageEnglishIsAnsweredInEnglish(TestServer server) {
    LookupCodeResult result =
        lookup(server, new LookupCodeRequest(Cpt.SYSTEM, Cpt.CODE, "en", null));

    assertThat(exchanges.to("CodeSystem/$lookup"))
        .singleElement()
        .satisfies(e -> assertThat(e.method).isEqualTo("GET"))
        .satisfies(e -> assertThat(e.mentions("en")).as("HAPI sends language=en: %s", e).isTrue());
    assertThat(result.isFound())
        .as("found; requests:%s; error: %s", exchanges, result.getErrorMessage())
        .isTrue();
    assertThat(result.getCodeDisplay()).isEqualTo(Cpt.LONG);
    assertThat(result.getCodeSystemVersion()).isEqualTo(Cpt.VERSION);
  }

  @Test
  void lookupWithPropertyNamesReturnsExactlyThoseProperties(TestServer server) {
    LookupCodeResult result =
        lookup(
            server,
            new LookupCodeRequest(
                Cpt.SYSTEM, Cpt.CODE, null, List.of("global-days", "designation")));

    assertThat(result.isFound()).as("found; requests:%s", exchanges).isTrue();
    assertThat(result.getCodeDisplay()).isEqualTo(Cpt.LONG);
    assertThat(codingProperties(result))
        .containsExactly(tuple("global-days", Cpt.GLOBAL_DAYS, "010", "Minor Procedure"));
    assertThat(propertyNames(result)).containsExactly("global-days");
    assertCptDescriptors(result.getDesignations());
    assertThat(result.getDesignations()).hasSize(3);
  }

  @Test
  void lookupOfAnExpressionComposesItsDisplay(TestServer server) {
    LookupCodeResult result = lookup(server, new LookupCodeRequest(Cpt.SYSTEM, Cpt.EXPRESSION));

    assertThat(result.isFound()).as("found; requests:%s", exchanges).isTrue();
    assertThat(result.getCodeDisplay())
        .as("display of %s", Cpt.EXPRESSION)
        .isNotNull()
        .contains(Cpt.LONG)
        .contains(Cpt.MODIFIER_DISPLAY);
  }

  @Test
  void lookupOfAnUnknownCodeIsNotFound(TestServer server) {
    LookupCodeResult result = lookup(server, new LookupCodeRequest(Cpt.SYSTEM, Cpt.UNKNOWN_CODE));

    assertThat(exchanges.to("CodeSystem/$lookup"))
        .singleElement()
        .satisfies(e -> assertThat(e.status).isEqualTo(404));
    assertThat(result.isFound()).isFalse();
    assertThat(result.getErrorMessage()).contains(Cpt.UNKNOWN_CODE).contains(Cpt.SYSTEM);
  }

  /** The CPT descriptors other than the display, as designations (language, use, value). */
  private static void assertCptDescriptors(List<ConceptDesignation> designations) {
    assertThat(designations)
        .extracting(
            ConceptDesignation::getLanguage,
            ConceptDesignation::getUseSystem,
            ConceptDesignation::getUseCode,
            ConceptDesignation::getValue)
        .contains(
            tuple("en", Cpt.SYSTEM, "short", Cpt.SHORT),
            tuple("en", Cpt.SYSTEM, "med", Cpt.MEDIUM),
            tuple("en", Cpt.SYSTEM, "upper", Cpt.UPPER));
  }

  private static List<org.assertj.core.groups.Tuple> codingProperties(LookupCodeResult result) {
    return result.getProperties().stream()
        .filter(CodingConceptProperty.class::isInstance)
        .map(CodingConceptProperty.class::cast)
        .map(p -> tuple(p.getPropertyName(), p.getCodeSystem(), p.getCode(), p.getDisplay()))
        .toList();
  }

  private static List<String> propertyNames(LookupCodeResult result) {
    return result.getProperties().stream().map(BaseConceptProperty::getPropertyName).toList();
  }
}
