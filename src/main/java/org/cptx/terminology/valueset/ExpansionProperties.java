package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptExtras;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Value;

/**
 * The properties each code of an expansion carries (those the {@code property} parameter asks for,
 * those its extensions give, and a status other than active), and the declaration of each (its code
 * and defining uri) at the top of the expansion.
 */
final class ExpansionProperties {

  /**
   * Where FHIR defines the properties every code system may use (definition, status, inactive,
   * ...).
   */
  static final String STANDARD = "http://hl7.org/fhir/concept-properties#";

  private ExpansionProperties() {}

  /** The extension-borne properties in the order an expansion declares them. */
  private static final List<String> EXTRA_DECLARATION_ORDER = List.of("weight", "label", "order");

  /**
   * Each property the codes carry with its uri, the requested ones with the uri the first code
   * system that declares them gives, else FHIR's: {@code definition} when asked, then the
   * extension-borne ones (weight, label, order) and {@code status} the page carries, then the other
   * requested ones in request order.
   */
  static Map<String, String> declared(
      List<String> requested, List<CodeSystemProvider> used, List<ExpansionEntry> page) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> carried = new HashSet<>();
    carried(page, carried);
    if (requested.contains("definition")) {
      out.put("definition", STANDARD + "definition");
    }
    for (String extra : EXTRA_DECLARATION_ORDER) {
      if (carried.contains(extra)) {
        out.put(extra, STANDARD + (extra.equals("weight") ? "itemWeight" : extra));
      }
    }
    if (!requested.contains("status") && carried.contains("status")) {
      out.put("status", STANDARD + "status");
    }
    for (String code : requested) {
      String uri =
          used.stream()
              .flatMap(p -> p.propertyUri(code).stream())
              .findFirst()
              .orElse(STANDARD + code);
      out.putIfAbsent(code, uri);
    }
    return out;
  }

  /**
   * The properties of one code: {@code definition} (the concept's definition) when asked, the
   * extension-borne ones (label, order, weight), the other requested ones in request order, and,
   * when the concept's status is other than active, its {@code status} whether asked or not.
   */
  static List<ConceptProperty> of(Concept concept, List<String> requested, ConceptExtras extras) {
    List<ConceptProperty> out = new ArrayList<>();
    if (requested.contains("definition") && concept.definition() != null) {
      out.add(ConceptProperty.of("definition", Value.string(concept.definition())));
    }
    List<ConceptProperty> fromExtensions = extras.orderedProperties();
    out.addAll(fromExtensions);
    for (String code : requested) {
      if (!code.equals("definition") && !named(fromExtensions, code)) {
        out.addAll(concept.properties(code));
      }
    }
    if (concept.status() != null
        && !"active".equals(concept.status())
        && !requested.contains("status")) {
      out.add(ConceptProperty.of("status", Value.code(concept.status())));
    }
    return out;
  }

  /** Adds the code of every property the entries, and the entries nested in them, carry. */
  private static void carried(List<ExpansionEntry> entries, Set<String> codes) {
    for (ExpansionEntry e : entries) {
      for (ConceptProperty p : e.properties()) {
        codes.add(p.code());
      }
      carried(e.contains(), codes);
    }
  }

  private static boolean named(List<ConceptProperty> properties, String code) {
    for (ConceptProperty p : properties) {
      if (p.code().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
