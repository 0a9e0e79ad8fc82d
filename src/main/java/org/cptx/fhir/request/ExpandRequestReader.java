package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.many;
import static org.cptx.fhir.request.ParamSpec.one;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cptx.terminology.LanguageRequest;
import org.cptx.terminology.RequestContent;
import org.cptx.terminology.ValueSetReference;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;

/** GET or POST $expand parameters (type or instance level) into one {@link ExpandCall}. */
public final class ExpandRequestReader {

  static final String OPERATION = "$expand";

  /** The request parameters an expansion reports back in {@code expansion.parameter}. */
  static final Set<String> ECHOED =
      Set.of(
          "activeOnly",
          "count",
          "default-valueset-version",
          "designation",
          "displayLanguage",
          "excludeNested",
          "filter",
          "includeDefinition",
          "includeDesignations",
          "offset");

  static final List<ParamSpec> TABLE =
      CommonParams.table(
          CommonParams.VALUE_SET,
          List.of(
              one("filter", ParamType.STRING),
              one("offset", ParamType.INTEGER),
              one("count", ParamType.INTEGER),
              CommonParams.ACTIVE_ONLY,
              one("includeDesignations", ParamType.BOOLEAN),
              many("designation", ParamType.STRING),
              one("includeDefinition", ParamType.BOOLEAN),
              one("excludeNested", ParamType.BOOLEAN),
              one("excludeNotForUI", ParamType.BOOLEAN),
              one("excludePostCoordinated", ParamType.BOOLEAN),
              many("property", ParamType.STRING),
              CommonParams.DEFAULT_VALUESET_VERSION),
          CommonParams.DATE_AND_LANGUAGE,
          CommonParams.SYSTEM_VERSIONS,
          CommonParams.CONTENT);

  /**
   * The parameters the terminology capabilities list for $expand: those the HL7 terminology
   * ecosystem asks for.
   */
  private static final Set<String> LISTED =
      Set.of(
          "activeOnly",
          "check-system-version",
          "count",
          "displayLanguage",
          "excludeNested",
          "force-system-version",
          "includeDefinition",
          "includeDesignations",
          "offset",
          "property",
          "system-version",
          "tx-resource");

  private ExpandRequestReader() {}

  /**
   * The $expand parameters TerminologyCapabilities lists, by name, taken from the table so all are
   * accepted.
   */
  public static List<String> listedParameters() {
    return TABLE.stream().map(ParamSpec::name).filter(LISTED::contains).sorted().toList();
  }

  /**
   * The parsed call: what the request brings, the value set it names, the typed request (its
   * display language not yet decided: that needs the value set), the languages it names, and the
   * parameters to echo (in request order).
   */
  public record ExpandCall(
      RequestContent content,
      ValueSetReference valueSet,
      ExpansionRequest request,
      LanguageRequest languages,
      Parameters echoed) {}

  public static ExpandCall read(RequestDetails details, Optional<ValueSet> instance) {
    OperationParameters params = OperationParameters.read(OPERATION, details, TABLE);
    ValueSetReference valueSet = ValueSetResolver.reference(OPERATION, params, instance, true);
    ExpansionRequest request =
        new ExpansionRequest(
            new ExpansionRequest.Page(
                params.integer("count").orElse(null), params.integer("offset").orElse(0)),
            new ExpansionRequest.Selection(
                params.string("filter").orElse(null), params.bool("activeOnly").orElse(false)),
            new ExpansionRequest.Presentation(
                null,
                params.bool("includeDesignations").orElse(false),
                params.strings("designation"),
                params.bool("includeDefinition").orElse(false),
                params.strings("property"),
                params.bool("excludeNested").orElse(false)),
            SystemVersionReader.read(params));
    Parameters echoed = new Parameters();
    params.echo(ECHOED, (name, value) -> echoed.addParameter().setName(name).setValue(value));
    return new ExpandCall(
        TxResources.read(params), valueSet, request, DisplayLanguage.read(params, details), echoed);
  }
}
