package org.cptx.content;

import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.valueset.ValueSetCatalog;

/**
 * What a load produced: the resources to read and search, and the code systems and value sets to
 * operate on.
 */
public record LoadedContent(
    ResourceStore resources, CodeSystemRegistry registry, ValueSetCatalog valueSets) {

  public Terminology terminology() {
    return new Terminology(registry, valueSets);
  }
}
