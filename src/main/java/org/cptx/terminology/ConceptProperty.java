package org.cptx.terminology;

import java.util.List;
import org.hl7.fhir.r4.model.Type;

/**
 * A property of a concept as $lookup reports it: a code, a value (code, Coding, string, boolean, integer,
 * dateTime or decimal) and, for structured properties such as history, sub-properties instead of a value.
 */
public record ConceptProperty(String code, Type value, List<ConceptProperty> subproperties) {

  public ConceptProperty {
    subproperties = List.copyOf(subproperties);
  }

  public static ConceptProperty of(String code, Type value) {
    return new ConceptProperty(code, value, List.of());
  }

  public static ConceptProperty group(String code, List<ConceptProperty> parts) {
    return new ConceptProperty(code, null, parts);
  }
}
