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
import org.cptx.terminology.valueset.ValueSetValidateRequest;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ValueSet;

/** GET or POST ValueSet/$validate-code parameters into one {@link ValidateCall}. */
public final class ValueSetValidateRequestReader {

  static final String OPERATION = "$validate-code";

  static final List<ParamSpec> TABLE = List.of(
      one("url", ParamType.URI),
      one("valueSet", ParamType.RESOURCE),
      one("valueSetVersion", ParamType.STRING),
      one("context", ParamType.URI),
      one("code", ParamType.CODE),
      one("system", ParamType.URI),
      one("systemVersion", ParamType.STRING),
      one("version", ParamType.STRING),
      one("display", ParamType.STRING),
      one("coding", ParamType.CODING),
      one("codeableConcept", ParamType.CODEABLE_CONCEPT),
      one("date", ParamType.DATE_TIME),
      one("abstract", ParamType.BOOLEAN),
      one("displayLanguage", ParamType.CODE),
      one("activeOnly", ParamType.BOOLEAN),
      one("inferSystem", ParamType.BOOLEAN),
      one("lenient-display-validation", ParamType.BOOLEAN),
      one("valueset-membership-only", ParamType.BOOLEAN),
      one("default-valueset-version", ParamType.URI),
      many("system-version", ParamType.URI),
      many("check-system-version", ParamType.URI),
      many("force-system-version", ParamType.URI),
      many("useSupplement", ParamType.URI),
      Units.SPEC,
      TxResources.SPEC);

  private ValueSetValidateRequestReader() {}

  /** The parsed call: engine, value set, typed request, and the codeable concept to echo (if one was given). */
  public record ValidateCall(Terminology terminology, ValueSet valueSet, ValueSetValidateRequest request,
      CodeableConcept codeableConcept) {}

  public static ValidateCall read(RequestDetails details, Optional<ValueSet> instance, Terminology base) {
    OperationParameters params = OperationParameters.read(OPERATION, details, TABLE);
    Scoped<ValueSet> scoped = ValueSetResolver.scoped(OPERATION, params, instance, base);
    Terminology terminology = scoped.terminology();
    ValueSet valueSet = scoped.request();
    CodeableConcept concept = params.codeableConcept("codeableConcept").orElse(null);
    List<CodingInput> codings = codings(params, concept);
    ValueSetValidateRequest request = new ValueSetValidateRequest(codings, concept != null,
        DisplayLanguage.read(params, details, valueSet), params.bool("lenient-display-validation").orElse(false),
        params.bool("inferSystem").orElse(false), params.bool("activeOnly").orElse(false),
        SystemVersionReader.read(params), Units.read(params), params.bool("abstract").orElse(true),
        params.bool("valueset-membership-only").orElse(false));
    return new ValidateCall(terminology, valueSet, request, concept);
  }

  private static List<CodingInput> codings(OperationParameters params, CodeableConcept concept) {
    int given = (params.has("code") ? 1 : 0) + (params.has("coding") ? 1 : 0) + (concept != null ? 1 : 0);
    if (given == 0) {
      throw Messages.missingParameter(OPERATION, "a 'code' (with 'system'), a 'coding' or a 'codeableConcept'");
    }
    if (given > 1) {
      throw Messages.contradiction(OPERATION, "give only one of 'code', 'coding' and 'codeableConcept'");
    }
    String version = params.string("systemVersion").or(() -> params.string("version")).orElse(null);
    if (concept != null) {
      List<CodingInput> codings = new ArrayList<>();
      for (int i = 0; i < concept.getCoding().size(); i++) {
        Coding c = concept.getCoding().get(i);
        codings.add(new CodingInput(c.getSystem(), c.getVersion(), c.getCode(), c.getDisplay(),
            "CodeableConcept.coding[" + i + "]."));
      }
      if (codings.isEmpty()) {
        throw Messages.missingParameter(OPERATION, "at least one coding in the codeableConcept");
      }
      return codings;
    }
    Optional<Coding> coding = params.coding("coding");
    if (coding.isPresent()) {
      Coding c = coding.get();
      return List.of(new CodingInput(c.getSystem(), c.getVersion() != null ? c.getVersion() : version, c.getCode(),
          c.getDisplay(), "Coding."));
    }
    return List.of(new CodingInput(params.string("system").orElse(null), version, params.string("code").orElseThrow(),
        params.string("display").orElse(null), ""));
  }
}
