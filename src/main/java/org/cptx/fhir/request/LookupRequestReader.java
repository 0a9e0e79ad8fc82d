package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.many;
import static org.cptx.fhir.request.ParamSpec.one;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.DisplayLanguages;
import org.cptx.terminology.LookupRequest;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;

/** GET or POST $lookup parameters (type or instance level) into one {@link LookupRequest}. */
public final class LookupRequestReader {

  static final String OPERATION = "$lookup";

  /**
   * HAPI's remote terminology support names the display language {@code language}: the same as
   * displayLanguage.
   */
  static final String LANGUAGE = "language";

  static final List<ParamSpec> TABLE =
      CommonParams.table(
          CommonParams.CODE_OR_CODING,
          List.of(
              many("property", ParamType.CODE),
              one(LANGUAGE, ParamType.CODE),
              one("includeDesignations", ParamType.BOOLEAN)),
          CommonParams.DATE_AND_LANGUAGE,
          CommonParams.CONTENT);

  private LookupRequestReader() {}

  /**
   * @param instance the CodeSystem named in the URL for instance-level calls, else empty
   */
  public static Scoped<LookupRequest> read(RequestDetails request, Optional<CodeSystem> instance) {
    OperationParameters params = OperationParameters.read(OPERATION, request, TABLE);
    Optional<Coding> coding = params.coding("coding");
    if (coding.isPresent() && params.has("code")) {
      throw RequestMessages.contradiction(
          OPERATION, "give either 'code' (with 'system') or 'coding', not both");
    }
    String code =
        coding
            .map(Coding::getCode)
            .or(() -> params.string("code"))
            .orElseThrow(
                () ->
                    RequestMessages.missingParameter(
                        OPERATION, "a 'code' (with 'system') or a 'coding'"));
    String system =
        SystemResolver.system(
            OPERATION, params.string("system"), coding.map(Coding::getSystem), instance);
    String version =
        SystemResolver.version(
            OPERATION, params.string("version"), coding.map(Coding::getVersion), instance);
    return new Scoped<>(
        TxResources.read(params),
        new LookupRequest(
            system,
            version,
            code,
            new LinkedHashSet<>(params.strings("property")),
            displayLanguage(params, request),
            params.bool("includeDesignations").orElse(null)));
  }

  /**
   * displayLanguage or HAPI's {@code language} (they must agree), then as {@link DisplayLanguages}
   * decides.
   */
  private static String displayLanguage(OperationParameters params, RequestDetails request) {
    if (params.has("displayLanguage")
        && params.has(LANGUAGE)
        && !params.string("displayLanguage").equals(params.string(LANGUAGE))) {
      throw RequestMessages.contradiction(
          OPERATION, "'displayLanguage' and 'language' name different languages");
    }
    String parameter =
        params.string("displayLanguage").or(() -> params.string(LANGUAGE)).orElse(null);
    return DisplayLanguages.resolve(
        DisplayLanguage.read(parameter, params, request), null, DisplayLanguages.Use.LOOKUP);
  }
}
