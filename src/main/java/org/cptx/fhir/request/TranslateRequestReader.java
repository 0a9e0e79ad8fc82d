package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.one;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cptx.content.convert.FhirConceptMaps;
import org.cptx.terminology.conceptmap.TranslateRequest;
import org.cptx.terminology.messages.RequestMessages;
import org.cptx.terminology.model.ConceptMapDefinition;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Resource;

/**
 * GET or POST $translate parameters, by their R4 names (code, system, coding, target, targetsystem)
 * or R5 names (sourceCode, sourceSystem, sourceCoding, targetCode, targetSystem, ...), into one
 * {@link TranslateRequest}.
 */
public final class TranslateRequestReader {

  static final String OPERATION = "$translate";

  static final List<ParamSpec> TABLE =
      List.of(
          one("url", ParamType.URI),
          one("conceptMap", ParamType.RESOURCE),
          one("conceptMapVersion", ParamType.STRING),
          one("code", ParamType.CODE),
          one("sourceCode", ParamType.CODE),
          one("system", ParamType.URI),
          one("sourceSystem", ParamType.URI),
          one("version", ParamType.STRING),
          one("coding", ParamType.CODING),
          one("sourceCoding", ParamType.CODING),
          one("codeableConcept", ParamType.CODEABLE_CONCEPT),
          one("sourceCodeableConcept", ParamType.CODEABLE_CONCEPT),
          one("source", ParamType.URI),
          one("sourceScope", ParamType.URI),
          one("target", ParamType.URI),
          one("targetScope", ParamType.URI),
          one("targetsystem", ParamType.URI),
          one("targetSystem", ParamType.URI),
          one("targetCode", ParamType.CODE),
          one("targetCoding", ParamType.CODING),
          one("targetCodeableConcept", ParamType.CODEABLE_CONCEPT),
          one("reverse", ParamType.BOOLEAN),
          TxResources.SPEC);

  private TranslateRequestReader() {}

  /**
   * @param stored the concept maps the server holds; the request's own (tx-resource, conceptMap)
   *     come first
   */
  public static TranslateRequest read(
      RequestDetails details, Optional<ConceptMap> instance, List<ConceptMapDefinition> stored) {
    OperationParameters p = OperationParameters.read(OPERATION, details, TABLE);
    Optional<Coding> target =
        p.coding("targetCoding")
            .or(
                () ->
                    p.codeableConcept("targetCodeableConcept")
                        .map(CodeableConcept::getCodingFirstRep))
            .or(
                () ->
                    p.string("targetCode")
                        .map(c -> new Coding(p.string("targetSystem").orElse(null), c, null)));
    if (target.isPresent()) {
      String sourceSystem = p.string("sourceSystem").or(() -> p.string("system")).orElse(null);
      return new TranslateRequest(
          target.get().getSystem(),
          target.get().getCode(),
          sourceSystem,
          true,
          maps(p, instance, stored));
    }
    Coding source =
        p.coding("sourceCoding")
            .or(() -> p.coding("coding"))
            .or(
                () ->
                    p.codeableConcept("sourceCodeableConcept")
                        .map(CodeableConcept::getCodingFirstRep))
            .or(() -> p.codeableConcept("codeableConcept").map(CodeableConcept::getCodingFirstRep))
            .or(
                () ->
                    p.string("sourceCode")
                        .or(() -> p.string("code"))
                        .map(
                            c ->
                                new Coding(
                                    p.string("sourceSystem")
                                        .or(() -> p.string("system"))
                                        .orElse(null),
                                    c,
                                    null)))
            .orElseThrow(
                () ->
                    RequestMessages.missingParameter(
                        OPERATION, "a code to translate (sourceCode, coding, ...)"));
    String targetSystem = p.string("targetSystem").or(() -> p.string("targetsystem")).orElse(null);
    boolean reverse = p.bool("reverse").orElse(false);
    return new TranslateRequest(
        source.getSystem(), source.getCode(), targetSystem, reverse, maps(p, instance, stored));
  }

  /**
   * The maps to translate with: the instance and the request's own (converted here), else the
   * stored ones (converted once, at load) of the url and version asked for.
   */
  private static List<ConceptMapDefinition> maps(
      OperationParameters p, Optional<ConceptMap> instance, List<ConceptMapDefinition> stored) {
    List<ConceptMap> maps = new ArrayList<>();
    instance.ifPresent(maps::add);
    p.resource("conceptMap").map(r -> asMap(r, "conceptMap")).ifPresent(maps::add);
    for (Resource r : p.resources(TxResources.SPEC.name())) {
      if (r instanceof ConceptMap cm) {
        maps.add(cm);
      }
    }
    if (!maps.isEmpty()) {
      return maps.stream().map(FhirConceptMaps::definition).toList();
    }
    Optional<String> url = p.string("url");
    Optional<String> version = p.string("conceptMapVersion");
    return stored.stream()
        .filter(m -> url.isEmpty() || url.get().equals(m.url()))
        .filter(m -> version.isEmpty() || version.get().equals(m.version()))
        .toList();
  }

  private static ConceptMap asMap(Resource r, String name) {
    if (!(r instanceof ConceptMap cm)) {
      throw RequestMessages.wrongParameterType(OPERATION, name, "ConceptMap");
    }
    return cm;
  }
}
