package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.many;
import static org.cptx.fhir.request.ParamSpec.one;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.Messages;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.ValidateCodeRequest;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** GET or POST CodeSystem/$validate-code parameters into one {@link ValidateCodeRequest}. */
public final class ValidateCodeRequestReader {

  static final String OPERATION = "$validate-code";

  static final List<ParamSpec> TABLE = List.of(
      one("url", ParamType.URI),
      one("system", ParamType.URI),
      one("code", ParamType.CODE),
      one("version", ParamType.STRING),
      one("display", ParamType.STRING),
      one("coding", ParamType.CODING),
      one("codeableConcept", ParamType.CODEABLE_CONCEPT),
      one("date", ParamType.DATE_TIME),
      one("abstract", ParamType.BOOLEAN),
      one("displayLanguage", ParamType.CODE),
      one("lenient-display-validation", ParamType.BOOLEAN),
      many("useSupplement", ParamType.URI),
      Units.SPEC,
      TxResources.SPEC);

  private ValidateCodeRequestReader() {}

  public static Scoped<ValidateCodeRequest> read(RequestDetails request, Optional<CodeSystem> instance,
      Terminology base) {
    OperationParameters params = OperationParameters.read(OPERATION, request, TABLE);
    Terminology terminology = TxResources.scope(base, params);
    int given = (params.has("code") ? 1 : 0) + (params.has("coding") ? 1 : 0)
        + (params.has("codeableConcept") ? 1 : 0);
    if (given == 0) {
      throw Messages.missingParameter(OPERATION, "a 'code', a 'coding' or a 'codeableConcept'");
    }
    if (given > 1) {
      throw Messages.contradiction(OPERATION, "give only one of 'code', 'coding' and 'codeableConcept'");
    }
    if (params.has("url") && params.has("system") && !params.string("url").equals(params.string("system"))) {
      throw Messages.contradiction(OPERATION, "'url' and 'system' name different code systems");
    }
    Optional<String> url = params.string("url").or(() -> params.string("system"));
    Optional<CodeableConcept> concept = params.codeableConcept("codeableConcept");
    if (concept.isPresent()) {
      return new Scoped<>(terminology, fromCodeableConcept(params, url, instance, concept.get(), request));
    }
    Optional<Coding> coding = params.coding("coding");
    String system = SystemResolver.system(OPERATION, url, coding.map(Coding::getSystem), instance);
    String version = SystemResolver.version(OPERATION, params.string("version"),
        coding.map(Coding::getVersion), instance);
    CodingInput input = coding
        .map(c -> new CodingInput(system, version, c.getCode(), c.getDisplay(), "Coding."))
        .orElseGet(() -> new CodingInput(system, version, params.string("code").orElseThrow(),
            params.string("display").orElse(null), ""));
    if (input.code() == null) {
      throw Messages.missingParameter(OPERATION, "a code in the coding");
    }
    return new Scoped<>(terminology, new ValidateCodeRequest(system, version, List.of(input), false,
        DisplayLanguage.read(params, request), params.bool("lenient-display-validation").orElse(false),
        Units.read(params)));
  }

  private static ValidateCodeRequest fromCodeableConcept(OperationParameters params, Optional<String> url,
      Optional<CodeSystem> instance, CodeableConcept concept, RequestDetails request) {
    if (!concept.hasCoding()) {
      throw Messages.missingParameter(OPERATION, "at least one coding in the codeableConcept");
    }
    Optional<String> first = concept.getCoding().stream().map(Coding::getSystem)
        .filter(s -> s != null).findFirst();
    Optional<String> target = url.or(() -> instance.map(CodeSystem::getUrl)).or(() -> first);
    String system = SystemResolver.system(OPERATION, target, Optional.empty(), instance);
    String version = SystemResolver.version(OPERATION, params.string("version"), Optional.empty(), instance);
    List<CodingInput> codings = new ArrayList<>();
    for (int i = 0; i < concept.getCoding().size(); i++) {
      Coding c = concept.getCoding().get(i);
      codings.add(new CodingInput(c.getSystem(), c.getVersion(), c.getCode(), c.getDisplay(),
          "CodeableConcept.coding[" + i + "]."));
    }
    return new ValidateCodeRequest(system, version, codings, true, DisplayLanguage.read(params, request),
        params.bool("lenient-display-validation").orElse(false), Units.read(params));
  }
}
