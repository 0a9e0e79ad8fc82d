package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import org.cptx.content.ResourceStore;
import org.cptx.fhir.request.TranslateRequestReader;
import org.cptx.fhir.response.TranslateResponse;
import org.cptx.terminology.conceptmap.Translator;
import org.cptx.terminology.model.ConceptMapDefinition;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;

/** ConceptMap: read, search and $translate (type and instance level in one method). */
public final class ConceptMapResourceProvider extends ConformanceResourceProvider<ConceptMap> {

  private final List<ConceptMapDefinition> definitions;

  /**
   * @param definitions the stored maps as the engine reads them (converted once, at load)
   */
  public ConceptMapResourceProvider(ResourceStore store, List<ConceptMapDefinition> definitions) {
    super(ConceptMap.class, store);
    this.definitions = definitions;
  }

  @Operation(name = "$translate", idempotent = true)
  public Parameters translate(@IdParam(optional = true) IdType id, RequestDetails request) {
    var call = TranslateRequestReader.read(request, optionalInstance(id), definitions);
    return TranslateResponse.of(new Translator().translate(call));
  }
}
