package org.cptx.clients;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationResult;
import ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.hl7.fhir.common.hapi.validation.support.RemoteTerminologyServiceValidationSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code RemoteTerminologyServiceValidationSupport.validateCode} against cptx, without a value set
 * (HAPI POSTs {@code CodeSystem/$validate-code} with {@code url} = the code system, {@code code},
 * {@code display}) and with one (POST {@code ValueSet/$validate-code} with {@code url} = the value
 * set, {@code code}, {@code system}, {@code display}).
 */
@RunningServer
class RemoteValidateTest {

  private final Exchanges exchanges = new Exchanges();

  private CodeValidationResult validate(
      TestServer server, String code, String display, String valueSetUrl) {
    RemoteTerminologyServiceValidationSupport remote = Clients.remote(server, exchanges);
    return remote.validateCode(
        new ValidationSupportContext(remote),
        new ConceptValidationOptions(),
        Cpt.SYSTEM,
        code,
        display,
        valueSetUrl);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {Cpt.ALL, Cpt.USABLE, Cpt.BASE})
  void theCodeWithItsLongDescriptorIsValid(String valueSetUrl, TestServer server) {
    CodeValidationResult result = validate(server, Cpt.CODE, Cpt.LONG, valueSetUrl);

    assertThat(result).as("requests:%s", exchanges).isNotNull();
    assertThat(result.isOk())
        .as("valid; message: %s; requests:%s", result.getMessage(), exchanges)
        .isTrue();
    assertThat(result.getDisplay()).isEqualTo(Cpt.LONG);
    assertThat(result.getCodeSystemVersion()).isEqualTo(Cpt.VERSION);
    assertThat(result.getSeverity()).isNull();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {Cpt.ALL, Cpt.USABLE})
  void theCodeWithItsShortDescriptorIsValid(String valueSetUrl, TestServer server) {
    CodeValidationResult result = validate(server, Cpt.CODE, Cpt.SHORT, valueSetUrl);

    assertThat(result.isOk())
        .as("valid; message: %s; requests:%s", result.getMessage(), exchanges)
        .isTrue();
    assertThat(result.getDisplay()).isEqualTo(Cpt.LONG);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {Cpt.ALL, Cpt.USABLE})
  void aWrongDisplayIsAnError(String valueSetUrl, TestServer server) {
    CodeValidationResult result = validate(server, Cpt.CODE, Cpt.WRONG_DISPLAY, valueSetUrl);

    assertThat(result.isOk()).as("invalid; requests:%s", exchanges).isFalse();
    assertThat(result.getSeverity()).isEqualTo(IssueSeverity.ERROR);
    assertThat(result.getMessage())
        .contains("Wrong Display Name '" + Cpt.WRONG_DISPLAY + "'")
        .contains(Cpt.LONG);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {Cpt.ALL, Cpt.USABLE})
  void anUnknownCodeIsAnError(String valueSetUrl, TestServer server) {
    CodeValidationResult result = validate(server, Cpt.UNKNOWN_CODE, null, valueSetUrl);

    assertThat(result.isOk()).as("invalid; requests:%s", exchanges).isFalse();
    assertThat(result.getSeverity()).isEqualTo(IssueSeverity.ERROR);
    assertThat(result.getMessage()).contains("Unknown code '" + Cpt.UNKNOWN_CODE + "'");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {Cpt.ALL, Cpt.USABLE})
  void anExpressionIsValid(String valueSetUrl, TestServer server) {
    CodeValidationResult result = validate(server, Cpt.EXPRESSION, null, valueSetUrl);

    assertThat(result.isOk())
        .as("valid; message: %s; requests:%s", result.getMessage(), exchanges)
        .isTrue();
    assertThat(result.getCode()).isEqualTo(Cpt.EXPRESSION);
    assertThat(result.getCodeSystemVersion()).isEqualTo(Cpt.VERSION);
  }

  @ParameterizedTest
  @ValueSource(strings = {Cpt.BASE, "http://hl7.org/fhir/ValueSet/cpt-modifiers"})
  void anExpressionIsNoMemberOfTheClosedValueSets(String valueSetUrl, TestServer server) {
    CodeValidationResult result = validate(server, Cpt.EXPRESSION, null, valueSetUrl);

    assertThat(result.isOk()).as("not a member; requests:%s", exchanges).isFalse();
    assertThat(result.getSeverity()).isEqualTo(IssueSeverity.ERROR);
  }
}
