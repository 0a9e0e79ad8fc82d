package org.cptx.terminology;

import java.util.List;
import org.cptx.terminology.model.Designation;

/** What $lookup found for one code: the system's identity and the concept's details. */
public record LookupResult(
    CodeSystemInfo system,
    String code,
    String display,
    String definition,
    boolean notSelectable,
    List<Designation> designations,
    List<ConceptProperty> properties,
    List<String> supplements) {

  public LookupResult {
    designations = List.copyOf(designations);
    properties = List.copyOf(properties);
    supplements = List.copyOf(supplements);
  }
}
