package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.cptx.content.ResourceStore;
import org.cptx.fhir.request.TranslateRequestReader;
import org.cptx.fhir.response.TranslateResponse;
import org.cptx.terminology.conceptmap.Translator;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;

/** ConceptMap: read, search and $translate (type and instance level in one method). */
public final class ConceptMapResourceProvider extends ConformanceResourceProvider<ConceptMap> {

  public ConceptMapResourceProvider(ResourceStore store) {
    super(ConceptMap.class, store);
  }

  @Operation(name = "$translate", idempotent = true)
  public Parameters translate(@IdParam(optional = true) IdType id, RequestDetails request) {
    var call = TranslateRequestReader.read(request, optionalInstance(id), store.conceptMaps());
    return TranslateResponse.of(new Translator().translate(call));
  }
}
