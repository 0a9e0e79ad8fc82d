package org.cptx.fhir.provider;

import org.cptx.content.ResourceStore;
import org.hl7.fhir.r4.model.ConceptMap;

/** ConceptMap: read and search. */
public final class ConceptMapResourceProvider extends ConformanceResourceProvider<ConceptMap> {

  public ConceptMapResourceProvider(ResourceStore store) {
    super(ConceptMap.class, store);
  }
}
