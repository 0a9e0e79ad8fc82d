package org.cptx.fhir.request;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The {@code tx-resource} parameters of a request: code systems and value sets it supplies for itself (concept maps
 * among them are for $translate, which reads them itself).
 */
final class TxResources {

  static final ParamSpec SPEC = ParamSpec.many("tx-resource", ParamType.RESOURCE);

  private TxResources() {}

  static Terminology scope(Terminology base, OperationParameters params) {
    return scope(base, params, List.of());
  }

  /**
   * @param moreSupplements supplements to apply beside those named by {@code useSupplement} (those a value set names)
   */
  static Terminology scope(Terminology base, OperationParameters params, List<String> moreSupplements) {
    List<CodeSystem> codeSystems = new ArrayList<>();
    List<ValueSet> valueSets = new ArrayList<>();
    for (Resource r : params.resources(SPEC.name())) {
      if (r instanceof CodeSystem cs) {
        codeSystems.add(cs);
      } else if (r instanceof ValueSet vs) {
        valueSets.add(vs);
      } else if (!(r instanceof ConceptMap)) {
        throw RequestMessages.wrongParameterType(params.operation(), SPEC.name(), "CodeSystem, ValueSet or ConceptMap");
      }
    }
    List<String> supplements = new ArrayList<>(params.strings("useSupplement"));
    moreSupplements.stream().filter(s -> !supplements.contains(s)).forEach(supplements::add);
    return base.withResources(codeSystems, valueSets, supplements);
  }
}
