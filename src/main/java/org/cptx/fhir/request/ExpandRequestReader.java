package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.many;
import static org.cptx.fhir.request.ParamSpec.one;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.cptx.terminology.valueset.ValueSetDefaults;
import org.hl7.fhir.r4.model.ValueSet;

/** GET or POST $expand parameters (type or instance level) into one {@link ExpandCall}. */
public final class ExpandRequestReader {

  static final String OPERATION = "$expand";

  /** The request parameters an expansion reports back in {@code expansion.parameter}. */
  public static final Set<String> ECHOED = Set.of("activeOnly", "count", "default-valueset-version", "designation",
      "displayLanguage", "excludeNested", "filter", "includeDefinition", "includeDesignations", "offset");

  static final List<ParamSpec> TABLE = List.of(
      one("url", ParamType.URI),
      one("valueSet", ParamType.RESOURCE),
      one("valueSetVersion", ParamType.STRING),
      one("context", ParamType.URI),
      one("filter", ParamType.STRING),
      one("date", ParamType.DATE_TIME),
      one("offset", ParamType.INTEGER),
      one("count", ParamType.INTEGER),
      one("activeOnly", ParamType.BOOLEAN),
      one("includeDesignations", ParamType.BOOLEAN),
      many("designation", ParamType.STRING),
      one("includeDefinition", ParamType.BOOLEAN),
      one("displayLanguage", ParamType.CODE),
      one("excludeNested", ParamType.BOOLEAN),
      one("excludeNotForUI", ParamType.BOOLEAN),
      one("excludePostCoordinated", ParamType.BOOLEAN),
      many("property", ParamType.STRING),
      many("system-version", ParamType.URI),
      many("check-system-version", ParamType.URI),
      many("force-system-version", ParamType.URI),
      one("default-to-latest-version", ParamType.BOOLEAN),
      one("default-valueset-version", ParamType.URI),
      many("useSupplement", ParamType.URI),
      TxResources.SPEC);

  private ExpandRequestReader() {}

  /** The parsed call: engine, value set, typed request, and the parameters to echo. */
  public record ExpandCall(Terminology terminology, ValueSet valueSet, ExpansionRequest request,
      OperationParameters parameters) {}

  public static ExpandCall read(RequestDetails details, Optional<ValueSet> instance, Terminology base) {
    OperationParameters params = OperationParameters.read(OPERATION, details, TABLE);
    Scoped<ValueSet> scoped = ValueSetResolver.scoped(OPERATION, params, instance, base);
    Terminology terminology = scoped.terminology();
    ValueSet valueSet = scoped.request();
    ExpansionRequest request = new ExpansionRequest(
        params.integer("count").orElse(null),
        params.integer("offset").orElse(0),
        params.string("filter").orElse(null),
        params.bool("activeOnly").orElse(false),
        params.bool("includeDesignations").orElse(false),
        params.bool("includeDefinition").orElse(false),
        params.string("displayLanguage").or(() -> ValueSetDefaults.displayLanguage(valueSet))
            .orElseGet(() -> AcceptLanguage.first(details)),
        params.strings("property"),
        SystemVersionReader.read(params),
        params.bool("excludeNested").orElse(false),
        params.strings("designation"));
    return new ExpandCall(terminology, valueSet, request, params);
  }
}
