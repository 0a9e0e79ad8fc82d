package org.cptx.terminology.valueset;

import java.util.Optional;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Expansion parameters a value set sets for itself in {@code compose} with the {@code
 * valueset-expansion-parameter} extension; a request's own parameter wins over them.
 */
public final class ValueSetDefaults {

  public static final String EXPANSION_PARAMETER =
      "http://hl7.org/fhir/StructureDefinition/valueset-expansion-parameter";

  private ValueSetDefaults() {}

  /** The value the value set gives the named expansion parameter, if any. */
  public static Optional<String> parameter(ValueSet valueSet, String name) {
    for (Extension ext : valueSet.getCompose().getExtensionsByUrl(EXPANSION_PARAMETER)) {
      Extension n = ext.getExtensionByUrl("name");
      Extension v = ext.getExtensionByUrl("value");
      if (n != null
          && v != null
          && n.getValue() != null
          && name.equals(n.getValue().primitiveValue())) {
        return Optional.ofNullable(v.getValue().primitiveValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The supplements a value set asks to be applied (its {@code valueset-supplement} extensions), as
   * canonicals.
   */
  public static java.util.List<String> supplements(ValueSet valueSet) {
    return valueSet
        .getExtensionsByUrl("http://hl7.org/fhir/StructureDefinition/valueset-supplement")
        .stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getValue().primitiveValue())
        .toList();
  }

  public static Optional<String> displayLanguage(ValueSet valueSet) {
    return parameter(valueSet, "displayLanguage");
  }
}
