package org.cptx.terminology.valueset.filter;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.Concept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Type;

/**
 * The text values a filter compares for a property: code, display, or each value of a concept
 * property.
 */
final class PropertyValues {

  private PropertyValues() {}

  static List<String> of(Concept concept, String property) {
    switch (property) {
      case "code":
      case "concept":
        return List.of(concept.code());
      case "display":
        return concept.display() == null ? List.of() : List.of(concept.display());
      case "status":
        return concept.status() == null ? List.of() : List.of(concept.status());
      default:
        List<String> values = new ArrayList<>();
        concept.properties(property).forEach(p -> addText(p.value(), values));
        return values;
    }
  }

  private static void addText(Type value, List<String> into) {
    if (value instanceof Coding coding) {
      into.add(coding.getCode());
    } else if (value != null && value.isPrimitive()) {
      into.add(value.primitiveValue());
    }
  }
}
