package org.cptx.terminology;

import java.util.List;
import org.cptx.terminology.model.Value;

/**
 * A property of a concept as $lookup reports it: a code, a value (code, Coding, string, boolean,
 * integer, dateTime or decimal) and, for structured properties such as history, sub-properties
 * instead of a value.
 *
 * @param description the display of a code-valued property's code (parent, child), or null
 */
public record ConceptProperty(
    String code, Value value, String description, List<ConceptProperty> subproperties) {

  public ConceptProperty {
    subproperties = List.copyOf(subproperties);
  }

  public static ConceptProperty of(String code, Value value) {
    return new ConceptProperty(code, value, null, List.of());
  }

  /**
   * A property whose value is a code of the same system, with that code's display as its
   * description.
   */
  public static ConceptProperty described(String code, Value value, String description) {
    return new ConceptProperty(code, value, description, List.of());
  }

  public static ConceptProperty group(String code, List<ConceptProperty> parts) {
    return new ConceptProperty(code, null, null, parts);
  }
}
