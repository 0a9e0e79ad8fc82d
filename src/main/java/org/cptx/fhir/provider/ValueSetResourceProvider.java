package org.cptx.fhir.provider;

import org.cptx.content.ResourceStore;
import org.hl7.fhir.r4.model.ValueSet;

/** ValueSet: read and search. */
public final class ValueSetResourceProvider extends ConformanceResourceProvider<ValueSet> {

  public ValueSetResourceProvider(ResourceStore store) {
    super(ValueSet.class, store);
  }
}
