package org.cptx.content;

import java.util.List;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.model.ConceptMapDefinition;
import org.cptx.terminology.valueset.ValueSetCatalog;

/**
 * What a load produced: the resources to read and search, and the code systems, value sets and
 * concept maps to operate on.
 */
public record LoadedContent(
    ResourceStore resources,
    CodeSystemRegistry registry,
    ValueSetCatalog valueSets,
    List<ConceptMapDefinition> conceptMaps) {

  public LoadedContent {
    conceptMaps = List.copyOf(conceptMaps);
  }

  public Terminology terminology() {
    return new Terminology(registry, valueSets);
  }
}
