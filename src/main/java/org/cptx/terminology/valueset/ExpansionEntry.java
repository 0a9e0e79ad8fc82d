package org.cptx.terminology.valueset;

import java.util.List;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Designation;

/** One code of an expansion page, with what the request asked to see of it. */
public record ExpansionEntry(
    String system,
    String version,
    String code,
    String display,
    String definition,
    boolean notSelectable,
    boolean inactive,
    List<Designation> designations,
    List<ConceptProperty> properties) {

  public ExpansionEntry {
    designations = List.copyOf(designations);
    properties = List.copyOf(properties);
  }
}
