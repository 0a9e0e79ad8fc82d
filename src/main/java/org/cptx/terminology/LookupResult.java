package org.cptx.terminology;

import java.util.List;

/** What $lookup found for one code: the system's identity and the concept's details. */
public record LookupResult(
    CodeSystemInfo system,
    String code,
    String display,
    String definition,
    boolean notSelectable,
    List<Designation> designations,
    List<ConceptProperty> properties) {

  public LookupResult {
    designations = List.copyOf(designations);
    properties = List.copyOf(properties);
  }
}
