package org.cptx.terminology;

import java.util.List;
import java.util.Optional;

/** One concept of a code system, as the engine sees it whatever its source. */
public record Concept(
    String code,
    String display,
    String definition,
    List<Designation> designations,
    List<ConceptProperty> properties) {

  public Concept {
    designations = List.copyOf(designations);
    properties = List.copyOf(properties);
  }

  /** The first property with this code. */
  public Optional<ConceptProperty> property(String propertyCode) {
    return properties.stream().filter(p -> p.code().equals(propertyCode)).findFirst();
  }
}
