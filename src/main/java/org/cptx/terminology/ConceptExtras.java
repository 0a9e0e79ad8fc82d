package org.cptx.terminology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptx.terminology.model.Extension;
import org.cptx.terminology.model.Value;

/**
 * What a concept's extensions say for an expansion, in a code system (or a supplement) or where a
 * value set lists the code: the properties FHIR defines through extensions ({@code label}, {@code
 * order}, {@code weight}) and the extensions an expansion repeats on the code as they are
 * (rendering hints, {@code valueset-deprecated}, a value set's own definition). $lookup does not
 * report these; $expand does.
 */
public record ConceptExtras(List<ConceptProperty> properties, List<Extension> extensions) {

  public static final ConceptExtras NONE = new ConceptExtras(List.of(), List.of());

  private static final String SD = "http://hl7.org/fhir/StructureDefinition/";

  /** Extension url to the expansion property it gives, for a code system's concepts. */
  private static final Map<String, String> CODE_SYSTEM =
      Map.of(
          SD + "codesystem-conceptOrder",
          "order",
          SD + "codesystem-label",
          "label",
          SD + "itemWeight",
          "weight");

  /** Extension url to the expansion property it gives, where a value set lists a code. */
  private static final Map<String, String> VALUE_SET =
      Map.of(
          SD + "valueset-conceptOrder",
          "order",
          SD + "valueset-label",
          "label",
          SD + "itemWeight",
          "weight");

  private static final List<String> ECHOED_FROM_CODE_SYSTEM =
      List.of(SD + "rendering-style", SD + "rendering-xhtml");
  private static final List<String> ECHOED_FROM_VALUE_SET =
      List.of(
          SD + "rendering-style",
          SD + "rendering-xhtml",
          SD + "valueset-deprecated",
          SD + "valueset-concept-definition",
          SD + "structuredefinition-standards-status");

  /** The order properties take on a code in an expansion. */
  public static final List<String> PROPERTY_ORDER = List.of("label", "order", "weight");

  public ConceptExtras {
    properties = List.copyOf(properties);
    extensions = List.copyOf(extensions);
  }

  /** What a CodeSystem (or supplement) concept's extensions give. */
  public static ConceptExtras ofCodeSystem(List<Extension> extensions) {
    return of(extensions, CODE_SYSTEM, ECHOED_FROM_CODE_SYSTEM);
  }

  /** What the extensions on a value set's listing of a code give. */
  public static ConceptExtras ofValueSet(List<Extension> extensions) {
    return of(extensions, VALUE_SET, ECHOED_FROM_VALUE_SET);
  }

  private static ConceptExtras of(
      List<Extension> extensions, Map<String, String> properties, List<String> echoed) {
    if (extensions.isEmpty()) {
      return NONE;
    }
    List<ConceptProperty> props = new ArrayList<>();
    List<Extension> echo = new ArrayList<>();
    for (Extension e : extensions) {
      String property = properties.get(e.url());
      if (property != null && e.valueText() != null) {
        String value = e.valueText();
        props.add(
            ConceptProperty.of(
                property, property.equals("label") ? Value.string(value) : Value.decimal(value)));
      } else if (echoed.contains(e.url())) {
        echo.add(e);
      }
    }
    return props.isEmpty() && echo.isEmpty() ? NONE : new ConceptExtras(props, echo);
  }

  public boolean isEmpty() {
    return properties.isEmpty() && extensions.isEmpty();
  }

  /**
   * These extras with {@code over}'s laid on top: a property or extension {@code over} gives
   * replaces this one's.
   */
  public ConceptExtras with(ConceptExtras over) {
    if (over.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return over;
    }
    Map<String, ConceptProperty> props = new LinkedHashMap<>();
    properties.forEach(p -> props.put(p.code(), p));
    over.properties.forEach(p -> props.put(p.code(), p));
    Map<String, Extension> exts = new LinkedHashMap<>();
    extensions.forEach(e -> exts.put(e.url(), e));
    over.extensions.forEach(e -> exts.put(e.url(), e));
    return new ConceptExtras(List.copyOf(props.values()), List.copyOf(exts.values()));
  }

  /** The properties in expansion order: label, order, weight. */
  public List<ConceptProperty> orderedProperties() {
    if (properties.size() < 2) {
      return properties;
    }
    return properties.stream()
        .sorted(java.util.Comparator.comparingInt(p -> PROPERTY_ORDER.indexOf(p.code())))
        .toList();
  }
}
