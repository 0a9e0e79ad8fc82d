package org.cptx.fhir.request;

import java.util.ArrayList;
import java.util.List;
import org.cptx.content.convert.FhirCodeSystems;
import org.cptx.content.convert.FhirValueSets;
import org.cptx.terminology.RequestContent;
import org.cptx.terminology.messages.RequestMessages;
import org.cptx.terminology.model.CodeSystemDefinition;
import org.cptx.terminology.model.ValueSetDefinition;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The {@code tx-resource} parameters of a request (code systems and value sets it supplies for
 * itself; concept maps among them are for $translate, which reads them itself) and its {@code
 * useSupplement} parameters.
 */
final class TxResources {

  static final ParamSpec SPEC = ParamSpec.many("tx-resource", ParamType.RESOURCE);

  private TxResources() {}

  static RequestContent read(OperationParameters params) {
    List<CodeSystemDefinition> codeSystems = new ArrayList<>();
    List<ValueSetDefinition> valueSets = new ArrayList<>();
    for (Resource r : params.resources(SPEC.name())) {
      if (r instanceof CodeSystem cs) {
        codeSystems.add(FhirCodeSystems.definition(cs));
      } else if (r instanceof ValueSet vs) {
        valueSets.add(FhirValueSets.definition(vs));
      } else if (!(r instanceof ConceptMap)) {
        throw RequestMessages.wrongParameterType(
            params.operation(), SPEC.name(), "CodeSystem, ValueSet or ConceptMap");
      }
    }
    return new RequestContent(codeSystems, valueSets, params.strings("useSupplement"));
  }
}
