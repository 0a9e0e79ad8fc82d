package org.cptx.terminology.valueset;

import java.util.List;
import java.util.Optional;
import org.cptx.terminology.model.Extension;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * Expansion parameters a value set sets for itself in {@code compose} with the {@code
 * valueset-expansion-parameter} extension; a request's own parameter wins over them.
 */
public final class ValueSetDefaults {

  public static final String EXPANSION_PARAMETER =
      "http://hl7.org/fhir/StructureDefinition/valueset-expansion-parameter";

  public static final String SUPPLEMENT =
      "http://hl7.org/fhir/StructureDefinition/valueset-supplement";

  private ValueSetDefaults() {}

  /** The value the value set gives the named expansion parameter, if any. */
  public static Optional<String> parameter(ValueSetDefinition valueSet, String name) {
    for (Extension ext :
        Extension.byUrl(valueSet.composeOrEmpty().extensions(), EXPANSION_PARAMETER)) {
      Optional<Extension> n = ext.extension("name");
      Optional<Extension> v = ext.extension("value");
      if (n.isPresent()
          && v.isPresent()
          && n.get().value() != null
          && name.equals(n.get().valueText())) {
        return Optional.ofNullable(v.get().valueText());
      }
    }
    return Optional.empty();
  }

  /**
   * The supplements a value set asks to be applied (its {@code valueset-supplement} extensions), as
   * canonicals.
   */
  public static List<String> supplements(ValueSetDefinition valueSet) {
    return Extension.byUrl(valueSet.extensions(), SUPPLEMENT).stream()
        .filter(e -> e.value() != null)
        .map(Extension::valueText)
        .toList();
  }

  public static Optional<String> displayLanguage(ValueSetDefinition valueSet) {
    return parameter(valueSet, "displayLanguage");
  }
}
