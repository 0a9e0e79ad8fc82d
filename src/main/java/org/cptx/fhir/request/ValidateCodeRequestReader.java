package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.one;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.DisplayLanguages;
import org.cptx.terminology.RequestContent;
import org.cptx.terminology.ValidateCodeRequest;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** GET or POST CodeSystem/$validate-code parameters into one {@link ValidateCodeRequest}. */
public final class ValidateCodeRequestReader {

  static final String OPERATION = "$validate-code";

  static final List<ParamSpec> TABLE =
      CommonParams.table(
          List.of(one("url", ParamType.URI)),
          CommonParams.CODE_TO_VALIDATE,
          CommonParams.DATE_AND_LANGUAGE,
          CommonParams.VALIDATION_OPTIONS,
          CommonParams.SYSTEM_VERSIONS,
          CommonParams.CONTENT);

  private ValidateCodeRequestReader() {}

  /**
   * The parsed call: what the request brings, the typed request, and whether the answer is to
   * explain itself ({@code diagnostics}).
   */
  public record CodeValidateCall(
      RequestContent content, ValidateCodeRequest request, boolean diagnostics) {}

  public static CodeValidateCall read(RequestDetails request, Optional<CodeSystem> instance) {
    OperationParameters params = OperationParameters.read(OPERATION, request, TABLE);
    return new CodeValidateCall(
        TxResources.read(params),
        typed(params, request, instance),
        CheckOptionsReader.diagnostics(params));
  }

  private static ValidateCodeRequest typed(
      OperationParameters params, RequestDetails request, Optional<CodeSystem> instance) {
    CodingInputs.requireOne(params, "a 'code', a 'coding' or a 'codeableConcept'");
    if (params.has("url")
        && params.has("system")
        && !params.string("url").equals(params.string("system"))) {
      throw RequestMessages.contradiction(
          OPERATION, "'url' and 'system' name different code systems");
    }
    Optional<String> url = params.string("url").or(() -> params.string("system"));
    Optional<CodeableConcept> concept = params.codeableConcept("codeableConcept");
    if (concept.isPresent()) {
      return fromCodeableConcept(params, url, instance, concept.get(), request);
    }
    Optional<Coding> coding = params.coding("coding");
    String system = SystemResolver.system(OPERATION, url, coding.map(Coding::getSystem), instance);
    String version =
        SystemResolver.version(
            OPERATION, params.string("version"), coding.map(Coding::getVersion), instance);
    CodingInput input =
        coding
            .map(c -> CodingInputs.fromCoding(c, system, version))
            .orElseGet(() -> CodingInputs.fromParameters(params, system, version));
    if (input.code() == null) {
      throw RequestMessages.missingParameter(OPERATION, "a code in the coding");
    }
    return new ValidateCodeRequest(
        system,
        version,
        List.of(input),
        false,
        CheckOptionsReader.read(params, displayLanguage(params, request)),
        SystemVersionReader.read(params));
  }

  private static String displayLanguage(OperationParameters params, RequestDetails request) {
    return DisplayLanguages.resolve(
        DisplayLanguage.read(params, request), null, DisplayLanguages.Use.VALIDATE);
  }

  private static ValidateCodeRequest fromCodeableConcept(
      OperationParameters params,
      Optional<String> url,
      Optional<CodeSystem> instance,
      CodeableConcept concept,
      RequestDetails request) {
    if (!concept.hasCoding()) {
      throw RequestMessages.missingParameter(OPERATION, CodingInputs.NO_CODING);
    }
    Optional<String> first =
        concept.getCoding().stream().map(Coding::getSystem).filter(s -> s != null).findFirst();
    Optional<String> target = url.or(() -> instance.map(CodeSystem::getUrl)).or(() -> first);
    String system = SystemResolver.system(OPERATION, target, Optional.empty(), instance);
    String version =
        SystemResolver.version(OPERATION, params.string("version"), Optional.empty(), instance);
    return new ValidateCodeRequest(
        system,
        version,
        CodingInputs.fromCodeableConcept(concept),
        true,
        CheckOptionsReader.read(params, displayLanguage(params, request)),
        SystemVersionReader.read(params));
  }
}
