package org.cptx.terminology.codesystem.cpt;

import java.util.List;
import java.util.Optional;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Value;

/**
 * How cptx classifies CPT concepts. A modifier's kind is its {@code kind} property where the
 * content states one, else inferred from the code's shape. A base code is Category II when its 5th
 * character is {@code F}, whatever its {@code kind} says (the reference server tags every
 * non-numeric code {@code cat-2}; III, PLA, A and M codes are not).
 */
public final class CptKinds {

  public static final String CODE = "code";
  public static final String CAT_2 = "cat-2";
  public static final String PHYSICAL_STATUS = "physical-status";
  public static final String HCPCS = "hcpcs";

  private CptKinds() {}

  /** True for a Category II base code: five characters, the fifth {@code F}. */
  public static boolean isCategoryTwoCode(String code) {
    return code.length() == 5 && code.charAt(4) == 'F';
  }

  /**
   * The kinds of a modifier part: its concept's {@code kind} values, else those its code's shape
   * implies.
   */
  public static List<String> ofModifier(String code, Optional<Concept> concept) {
    List<String> stated = concept.map(c -> values(c, "kind")).orElse(List.of());
    if (!stated.isEmpty()) {
      return stated;
    }
    if (concept.isPresent() && Boolean.FALSE.equals(bool(concept.get(), "modifier"))) {
      return List.of(CODE);
    }
    return List.of(inferred(code));
  }

  private static String inferred(String code) {
    if (code.length() == 5) {
      return CODE;
    }
    if (code.matches("P[1-6]")) {
      return PHYSICAL_STATUS;
    }
    if (code.matches("[1-8]P")) {
      return CAT_2;
    }
    return code.matches("[0-9]{2}") ? "cat-1" : HCPCS;
  }

  /** The text of each value of a property (a Coding's code, a primitive's value). */
  public static List<String> values(Concept concept, String property) {
    return concept.properties(property).stream()
        .map(ConceptProperty::value)
        .filter(v -> v != null)
        .map(Value::text)
        .filter(v -> v != null)
        .toList();
  }

  /** A boolean property's value, or null when absent. */
  public static Boolean bool(Concept concept, String property) {
    return concept.properties(property).stream()
        .map(ConceptProperty::value)
        .filter(Value.BooleanValue.class::isInstance)
        .map(v -> ((Value.BooleanValue) v).value())
        .findFirst()
        .orElse(null);
  }

  /** The Coding value of a property (a CMS indicator), if any. */
  public static Optional<Coding> coding(Concept concept, String property) {
    return concept.properties(property).stream()
        .map(ConceptProperty::value)
        .filter(Value.CodingValue.class::isInstance)
        .map(v -> ((Value.CodingValue) v).coding())
        .findFirst();
  }
}
