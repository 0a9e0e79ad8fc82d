package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.one;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.LanguageRequest;
import org.cptx.terminology.RequestContent;
import org.cptx.terminology.ValueSetReference;
import org.cptx.terminology.messages.RequestMessages;
import org.cptx.terminology.valueset.MembershipOptions;
import org.cptx.terminology.valueset.SystemVersions;
import org.cptx.terminology.valueset.ValueSetValidateRequest;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;

/** GET or POST ValueSet/$validate-code parameters into one {@link ValidateCall}. */
public final class ValueSetValidateRequestReader {

  static final String OPERATION = "$validate-code";

  static final List<ParamSpec> TABLE =
      CommonParams.table(
          CommonParams.VALUE_SET,
          CommonParams.CODE_TO_VALIDATE,
          List.of(
              one("systemVersion", ParamType.STRING),
              CommonParams.ACTIVE_ONLY,
              one("inferSystem", ParamType.BOOLEAN),
              one("valueset-membership-only", ParamType.BOOLEAN),
              one(ValueSetMode.PARAMETER, ParamType.CODE),
              CommonParams.DEFAULT_VALUESET_VERSION),
          CommonParams.DATE_AND_LANGUAGE,
          CommonParams.VALIDATION_OPTIONS,
          CommonParams.SYSTEM_VERSIONS,
          CommonParams.CONTENT);

  private ValueSetValidateRequestReader() {}

  /**
   * The parsed call: what the request brings, the value set it names, the typed request (its
   * display language not yet decided: that needs the value set), the languages it names, and the
   * codeable concept to echo.
   *
   * @param valueSet the value set named; null for a batch entry that names none
   * @param membership false when membership is not asked about ({@code
   *     valueSetMode=NO_MEMBERSHIP_CHECK}, or no value set): each coding is then checked in its own
   *     code system
   * @param codeableConcept the CodeableConcept given, echoed back; null when none
   * @param diagnostics true when the answer is to explain itself ({@code diagnostics=true})
   */
  public record ValidateCall(
      RequestContent content,
      ValueSetReference valueSet,
      ValueSetValidateRequest request,
      LanguageRequest languages,
      boolean membership,
      CodeableConcept codeableConcept,
      boolean diagnostics) {}

  /** A call that must name a value set (by id, {@code url} or {@code valueSet}). */
  public static ValidateCall read(RequestDetails details, Optional<ValueSet> instance) {
    return read(OperationParameters.read(OPERATION, details, TABLE), details, instance, true);
  }

  /**
   * One entry of $batch-validate-code (its own parameters with the batch's shared ones merged in):
   * it may name no value set, and is then checked in its code systems.
   *
   * @param batch the batch request, for its headers (languages, strictness)
   */
  public static ValidateCall readEntry(Parameters entry, RequestDetails batch) {
    return read(
        OperationParameters.ofEntry(OPERATION, entry, batch, TABLE),
        batch,
        Optional.empty(),
        false);
  }

  private static ValidateCall read(
      OperationParameters params,
      RequestDetails details,
      Optional<ValueSet> instance,
      boolean valueSetRequired) {
    ValueSetReference valueSet =
        ValueSetResolver.reference(OPERATION, params, instance, valueSetRequired);
    CodeableConcept concept = params.codeableConcept("codeableConcept").orElse(null);
    List<CodingInput> codings = codings(params, concept);
    SystemVersions versions = SystemVersionReader.read(params);
    ValueSetMode mode = ValueSetMode.read(params);
    ValueSetValidateRequest request =
        new ValueSetValidateRequest(
            codings,
            concept != null,
            CheckOptionsReader.read(params, null),
            membership(params, mode),
            versions);
    boolean membership = valueSet != null && mode != ValueSetMode.NO_MEMBERSHIP_CHECK;
    return new ValidateCall(
        TxResources.read(params),
        valueSet,
        request,
        DisplayLanguage.read(params, details),
        membership,
        concept,
        CheckOptionsReader.diagnostics(params));
  }

  private static MembershipOptions membership(OperationParameters params, ValueSetMode mode) {
    return MembershipOptions.DEFAULT
        .withInferSystem(params.bool("inferSystem").orElse(false))
        .withActiveOnly(params.bool("activeOnly").orElse(false))
        .withAbstractAllowed(params.bool("abstract").orElse(true))
        .withMembershipOnly(
            params.bool("valueset-membership-only").orElse(false)
                || mode == ValueSetMode.CHECK_MEMBERSHIP_ONLY);
  }

  private static List<CodingInput> codings(OperationParameters params, CodeableConcept concept) {
    CodingInputs.requireOne(params, "a 'code' (with 'system'), a 'coding' or a 'codeableConcept'");
    String version = params.string("systemVersion").or(() -> params.string("version")).orElse(null);
    if (concept != null) {
      List<CodingInput> codings = CodingInputs.fromCodeableConcept(concept);
      if (codings.isEmpty()) {
        throw RequestMessages.missingParameter(OPERATION, CodingInputs.NO_CODING);
      }
      return codings;
    }
    Optional<Coding> coding = params.coding("coding");
    if (coding.isPresent()) {
      Coding c = coding.get();
      return List.of(
          CodingInputs.fromCoding(
              c, c.getSystem(), c.getVersion() != null ? c.getVersion() : version));
    }
    return List.of(
        CodingInputs.fromParameters(params, params.string("system").orElse(null), version));
  }
}
