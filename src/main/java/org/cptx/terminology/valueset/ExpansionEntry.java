package org.cptx.terminology.valueset;

import java.util.List;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Extension;

/**
 * One code of an expansion page, with what the request asked to see of it.
 *
 * @param extensions the extensions the code carries as they are (rendering hints,
 *     valueset-deprecated, ...)
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
    List<Extension> extensions,
    List<ExpansionEntry> contains) {

  public ExpansionEntry {
    designations = List.copyOf(designations);
    properties = List.copyOf(properties);
    extensions = List.copyOf(extensions);
    contains = List.copyOf(contains);
  }

  /** This entry with these codes nested below it. */
  public ExpansionEntry withContains(List<ExpansionEntry> nested) {
    return new ExpansionEntry(
        system,
        version,
        code,
        display,
        notSelectable,
        inactive,
        designations,
        properties,
        extensions,
        nested);
  }
}
