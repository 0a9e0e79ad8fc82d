package org.cptx.terminology.valueset;

import java.util.List;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Designation;

/**
 * One code of an expansion page, with what the request asked to see of it.
 *
 * @param contains the codes nested below this one in a hierarchical expansion (empty when flat)
 */
public record ExpansionEntry(
    String system,
    String version,
    String code,
    String display,
    boolean notSelectable,
    boolean inactive,
    List<Designation> designations,
    List<ConceptProperty> properties,
    List<ExpansionEntry> contains) {

  public ExpansionEntry {
    designations = List.copyOf(designations);
    properties = List.copyOf(properties);
    contains = List.copyOf(contains);
  }

  /** This entry with these codes nested below it. */
  public ExpansionEntry withContains(List<ExpansionEntry> nested) {
    return new ExpansionEntry(system, version, code, display, notSelectable, inactive, designations,
        properties, nested);
  }
}
