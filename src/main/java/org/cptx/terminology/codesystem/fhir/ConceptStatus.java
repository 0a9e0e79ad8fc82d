package org.cptx.terminology.codesystem.fhir;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptx.terminology.ConceptProperty;
import org.hl7.fhir.r4.model.BooleanType;

/**
 * Reads a concept's standard status properties (FHIR concept-properties: status, inactive, notSelectable). A
 * property counts by its code, or by its declared uri whatever its code.
 */
final class ConceptStatus {

  static final String CONCEPT_PROPERTIES = "http://hl7.org/fhir/concept-properties#";

  private static final Set<String> INACTIVE_STATUSES = Set.of("retired", "inactive");

  private final Map<String, String> uris;

  /** @param uris the declared uri of each property code of the code system */
  ConceptStatus(Map<String, String> uris) {
    this.uris = uris;
  }

  String status(List<ConceptProperty> properties) {
    return properties.stream().filter(p -> is(p, "status") && p.value() != null)
        .map(p -> p.value().primitiveValue()).findFirst().orElse(null);
  }

  boolean notSelectable(List<ConceptProperty> properties) {
    return flag(properties, "notSelectable");
  }

  boolean inactive(List<ConceptProperty> properties, String status) {
    return flag(properties, "inactive") || (status != null && INACTIVE_STATUSES.contains(status));
  }

  private boolean flag(List<ConceptProperty> properties, String standard) {
    return properties.stream().anyMatch(p -> is(p, standard) && p.value() instanceof BooleanType b
        && b.booleanValue());
  }

  private boolean is(ConceptProperty p, String standard) {
    return p.code().equals(standard) || (CONCEPT_PROPERTIES + standard).equals(uris.get(p.code()));
  }
}
