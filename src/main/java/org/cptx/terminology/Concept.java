package org.cptx.terminology;

import java.util.List;
import java.util.Optional;
import org.cptx.terminology.model.Designation;

/**
 * One concept of a code system, as the engine sees it whatever its source.
 *
 * @param parents the codes of the concept's parents in the system's hierarchy
 * @param children the codes of its children
 * @param notSelectable true when the concept is abstract (a grouper, not for use in data)
 * @param status the concept's status code (active, deprecated, retired, ...) or null when not
 *     stated
 * @param inactive true when the concept is inactive (retired or explicitly inactive)
 * @param extras what the concept's extensions say for expansions (label, order, weight, rendering
 *     hints)
 */
public record Concept(
    String code,
    String display,
    String definition,
    List<Designation> designations,
    List<ConceptProperty> properties,
    List<String> parents,
    List<String> children,
    boolean notSelectable,
    String status,
    boolean inactive,
    ConceptExtras extras) {

  /** A concept without extension-borne extras. */
  public Concept(
      String code,
      String display,
      String definition,
      List<Designation> designations,
      List<ConceptProperty> properties,
      List<String> parents,
      List<String> children,
      boolean notSelectable,
      String status,
      boolean inactive) {
    this(
        code,
        display,
        definition,
        designations,
        properties,
        parents,
        children,
        notSelectable,
        status,
        inactive,
        ConceptExtras.NONE);
  }

  public Concept {
    designations = List.copyOf(designations);
    properties = List.copyOf(properties);
    parents = List.copyOf(parents);
    children = List.copyOf(children);
  }

  /** A concept outside any hierarchy, active and selectable. */
  public static Concept simple(
      String code,
      String display,
      String definition,
      List<Designation> designations,
      List<ConceptProperty> properties) {
    return new Concept(
        code,
        display,
        definition,
        designations,
        properties,
        List.of(),
        List.of(),
        false,
        null,
        false);
  }

  /** The first property with this code. */
  public Optional<ConceptProperty> property(String propertyCode) {
    return properties.stream().filter(p -> p.code().equals(propertyCode)).findFirst();
  }

  /** Every property with this code. */
  public List<ConceptProperty> properties(String propertyCode) {
    return properties.stream().filter(p -> p.code().equals(propertyCode)).toList();
  }
}
