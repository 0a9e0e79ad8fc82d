package org.cptx.terminology.valueset.filter;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.Concept;
import org.cptx.terminology.model.Value;

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

  private static void addText(Value value, List<String> into) {
    if (value != null) {
      into.add(value.text());
    }
  }
}
