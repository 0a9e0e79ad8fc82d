package org.cptx.terminology.codesystem.fhir;

import java.util.List;
import java.util.Set;
import org.cptx.terminology.ConceptProperty;
import org.hl7.fhir.r4.model.BooleanType;

/** Reads a concept's standard status properties (FHIR concept-properties: status, inactive, notSelectable). */
final class ConceptStatus {

  private static final Set<String> INACTIVE_STATUSES = Set.of("retired", "inactive");

  private ConceptStatus() {}

  static String status(List<ConceptProperty> properties) {
    return properties.stream().filter(p -> p.code().equals("status") && p.value() != null)
        .map(p -> p.value().primitiveValue()).findFirst().orElse(null);
  }

  static boolean notSelectable(List<ConceptProperty> properties) {
    return flag(properties, "notSelectable");
  }

  static boolean inactive(List<ConceptProperty> properties, String status) {
    return flag(properties, "inactive") || (status != null && INACTIVE_STATUSES.contains(status));
  }

  private static boolean flag(List<ConceptProperty> properties, String code) {
    return properties.stream().anyMatch(p -> p.code().equals(code) && p.value() instanceof BooleanType b
        && b.booleanValue());
  }
}
