package org.cptx.terminology.codesystem.fhir;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Value;

/**
 * Reads a concept's standard status properties (FHIR concept-properties: status, inactive,
 * notSelectable). A property counts by its code, or by its declared uri whatever its code.
 */
final class ConceptStatus {

  static final String CONCEPT_PROPERTIES = "http://hl7.org/fhir/concept-properties#";

  private static final Set<String> INACTIVE_STATUSES = Set.of("retired", "inactive");

  private final Set<String> statusCodes;
  private final Set<String> inactiveCodes;
  private final Set<String> notSelectableCodes;
  private final ConceptProperty inactiveTrue = ConceptProperty.of("inactive", Value.bool(true));
  private final ConceptProperty inactiveFalse = ConceptProperty.of("inactive", Value.bool(false));

  /**
   * @param uris the declared uri of each property code of the code system
   */
  ConceptStatus(Map<String, String> uris) {
    statusCodes = codesFor("status", uris);
    inactiveCodes = codesFor("inactive", uris);
    notSelectableCodes = codesFor("notSelectable", uris);
  }

  /**
   * The property codes that stand for this standard property: its own code and any declared with
   * its uri.
   */
  private static Set<String> codesFor(String standard, Map<String, String> uris) {
    Set<String> codes = new HashSet<>();
    codes.add(standard);
    uris.forEach(
        (code, uri) -> {
          if ((CONCEPT_PROPERTIES + standard).equals(uri)) {
            codes.add(code);
          }
        });
    return Set.copyOf(codes);
  }

  /**
   * The {@code inactive} property a concept gets when it states none, one shared per code system
   * and value.
   */
  ConceptProperty inactiveTrue() {
    return inactiveTrue;
  }

  ConceptProperty inactiveFalse() {
    return inactiveFalse;
  }

  String status(List<ConceptProperty> properties) {
    for (ConceptProperty p : properties) {
      if (statusCodes.contains(p.code()) && p.value() != null) {
        return p.value().primitive();
      }
    }
    return null;
  }

  boolean notSelectable(List<ConceptProperty> properties) {
    return flag(properties, notSelectableCodes);
  }

  boolean inactive(List<ConceptProperty> properties, String status) {
    return flag(properties, inactiveCodes)
        || (status != null && INACTIVE_STATUSES.contains(status));
  }

  private static boolean flag(List<ConceptProperty> properties, Set<String> codes) {
    for (ConceptProperty p : properties) {
      if (codes.contains(p.code()) && p.value() instanceof Value.BooleanValue b && b.value()) {
        return true;
      }
    }
    return false;
  }
}
