package org.cptx.clients;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;

/**
 * HAPI's {@link FhirInstanceValidator} on the usual support chain, with cptx as the remote
 * terminology server last, validating CPT codings in a Procedure and a Claim. The chain must leave
 * CPT to cptx (it serves CPT as a {@code content = not-present} summary), so every CPT coding is
 * checked by a {@code CodeSystem/$validate-code} that cptx answers: the "no error" cases prove that
 * call happened, the error cases that its answer is reported.
 */
@RunningServer
class InstanceValidatorTest {

  /**
   * Each CodeableConcept holds just the CPT coding: issues about it are reported at the concept or
   * the coding.
   */
  private static final String PROCEDURE_CODING = "Procedure.code";

  private static final String CLAIM_SERVICE_CODING = "Claim.item[0].productOrService";
  private static final String CLAIM_MODIFIER_CODING = "Claim.item[0].modifier[0]";

  private final Exchanges exchanges = new Exchanges();

  @Test
  void aLongDescriptorIsNoError(TestServer server) {
    List<SingleValidationMessage> messages =
        validate(server, Resources.procedure(Cpt.CODE, Cpt.LONG));

    assertNoErrorAt(messages, PROCEDURE_CODING);
    assertCptxValidated(Cpt.CODE);
  }

  @Test
  void aShortDescriptorIsNoError(TestServer server) {
    List<SingleValidationMessage> messages =
        validate(server, Resources.procedure(Cpt.CODE, Cpt.SHORT));

    assertNoErrorAt(messages, PROCEDURE_CODING);
    assertCptxValidated(Cpt.CODE);
  }

  @Test
  void aWrongDisplayIsExactlyOneError(TestServer server) {
    List<SingleValidationMessage> messages =
        validate(server, Resources.procedure(Cpt.CODE, Cpt.WRONG_DISPLAY));

    assertThat(errorsAt(messages, PROCEDURE_CODING))
        .as("all messages: %s; requests:%s", messages, exchanges)
        .singleElement()
        .satisfies(m -> assertThat(m.getMessage()).contains(Cpt.WRONG_DISPLAY).contains(Cpt.LONG));
    assertCptxValidated(Cpt.CODE);
  }

  @Test
  void anUnknownCodeIsExactlyOneError(TestServer server) {
    List<SingleValidationMessage> messages =
        validate(server, Resources.procedure(Cpt.UNKNOWN_CODE, null));

    assertThat(errorsAt(messages, PROCEDURE_CODING))
        .as("all messages: %s; requests:%s", messages, exchanges)
        .singleElement()
        .satisfies(m -> assertThat(m.getMessage()).contains(Cpt.UNKNOWN_CODE).contains(Cpt.SYSTEM));
    assertCptxValidated(Cpt.UNKNOWN_CODE);
  }

  @Test
  void anExpressionIsNoError(TestServer server) {
    List<SingleValidationMessage> messages =
        validate(server, Resources.procedure(Cpt.EXPRESSION, null));

    assertNoErrorAt(messages, PROCEDURE_CODING);
    assertCptxValidated(Cpt.EXPRESSION);
  }

  @Test
  void aClaimItemWithItsModifierIsNoError(TestServer server) {
    List<SingleValidationMessage> messages =
        validate(server, Resources.claim(Cpt.CODE, Cpt.LONG, Cpt.MODIFIER));

    assertNoErrorAt(messages, CLAIM_SERVICE_CODING);
    assertNoErrorAt(messages, CLAIM_MODIFIER_CODING);
    assertCptxValidated(Cpt.CODE);
    assertCptxValidated(Cpt.MODIFIER);
  }

  private List<SingleValidationMessage> validate(TestServer server, IBaseResource resource) {
    FhirContext ctx = Clients.context();
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(ctx),
            new CommonCodeSystemsTerminologyService(ctx),
            new InMemoryTerminologyServerValidationSupport(ctx),
            new SnapshotGeneratingValidationSupport(ctx),
            Clients.remote(server, exchanges));
    FhirValidator validator = ctx.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
    return validator.validateWithResult(resource).getMessages();
  }

  /**
   * Errors (and fatals) about the concept, its only coding or one of that coding's elements,
   * nothing else.
   */
  private static List<SingleValidationMessage> errorsAt(
      List<SingleValidationMessage> messages, String concept) {
    return messages.stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .filter(m -> isAt(m.getLocationString(), concept))
        .toList();
  }

  private static boolean isAt(String location, String concept) {
    String coding = concept + ".coding[0]";
    return location != null
        && (location.equals(concept)
            || location.equals(coding)
            || location.startsWith(coding + "."));
  }

  private void assertNoErrorAt(List<SingleValidationMessage> messages, String concept) {
    assertThat(errorsAt(messages, concept))
        .as("errors at %s; all messages: %s; requests:%s", concept, messages, exchanges)
        .isEmpty();
  }

  /** cptx was asked, with CodeSystem/$validate-code, about this code and answered it. */
  private void assertCptxValidated(String code) {
    assertThat(exchanges.to("CodeSystem/$validate-code"))
        .as("a CodeSystem/$validate-code for %s; requests:%s", code, exchanges)
        .anySatisfy(
            e -> {
              assertThat(e.mentions(code)).isTrue();
              assertThat(e.status).isEqualTo(200);
            });
  }
}
