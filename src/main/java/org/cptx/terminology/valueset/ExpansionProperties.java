package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptProperty;
import org.hl7.fhir.r4.model.StringType;

/**
 * The {@code property} parameter of $expand: which properties each code carries, and the declaration of each
 * (its code and defining uri) at the top of the expansion.
 */
final class ExpansionProperties {

  /** Where FHIR defines the properties every code system may use (definition, status, inactive, ...). */
  static final String STANDARD = "http://hl7.org/fhir/concept-properties#";

  private ExpansionProperties() {}

  /** Each requested property with its uri: the one the first code system that declares it gives, else FHIR's. */
  static Map<String, String> declared(List<String> requested, List<CodeSystemProvider> used,
      List<ExpansionEntry> page) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!requested.contains("status") && carriesStatus(page)) {
      out.put("status", STANDARD + "status");
    }
    for (String code : requested) {
      String uri = used.stream().flatMap(p -> p.propertyUri(code).stream()).findFirst().orElse(STANDARD + code);
      out.put(code, uri);
    }
    return out;
  }

  /**
   * The requested properties of one concept, in request order; {@code definition} is the concept's definition. A
   * concept whose status is other than active carries its {@code status} whether asked or not.
   */
  static List<ConceptProperty> of(Concept concept, List<String> requested) {
    List<ConceptProperty> out = new ArrayList<>();
    if (concept.status() != null && !"active".equals(concept.status()) && !requested.contains("status")) {
      out.add(ConceptProperty.of("status", new org.hl7.fhir.r4.model.CodeType(concept.status())));
    }
    for (String code : requested) {
      if (code.equals("definition")) {
        if (concept.definition() != null) {
          out.add(ConceptProperty.of("definition", new StringType(concept.definition())));
        }
      } else {
        out.addAll(concept.properties(code));
      }
    }
    return out;
  }

  private static boolean carriesStatus(List<ExpansionEntry> entries) {
    return entries.stream().anyMatch(e -> e.properties().stream().anyMatch(p -> p.code().equals("status"))
        || carriesStatus(e.contains()));
  }
}
