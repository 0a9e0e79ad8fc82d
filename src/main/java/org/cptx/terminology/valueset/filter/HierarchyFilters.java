package org.cptx.terminology.valueset.filter;

import java.util.Set;
import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/**
 * The hierarchy operators, each over the provider's ancestors and descendants (the property is not
 * used).
 */
final class HierarchyFilters {

  private HierarchyFilters() {}

  /** {@code is-a}: the concept itself and everything below it. */
  static Predicate<Concept> isA(CodeSystemProvider system, String property, String value) {
    String root = canonical(system, value);
    Set<String> below = system.descendants(root);
    return c ->
        c.code().equals(root) && system.concept(root).isPresent() || below.contains(c.code());
  }

  /** {@code descendent-of}: everything below the concept, not the concept itself. */
  static Predicate<Concept> descendentOf(CodeSystemProvider system, String property, String value) {
    Set<String> below = system.descendants(canonical(system, value));
    return c -> below.contains(c.code());
  }

  /** {@code is-not-a}: everything that is not the concept or below it. */
  static Predicate<Concept> isNotA(CodeSystemProvider system, String property, String value) {
    return isA(system, property, value).negate();
  }

  /** {@code generalizes}: the concept itself and everything above it. */
  static Predicate<Concept> generalizes(CodeSystemProvider system, String property, String value) {
    String root = canonical(system, value);
    Set<String> above = system.ancestors(root);
    return c -> c.code().equals(root) || above.contains(c.code());
  }

  /** {@code child-of}: the direct children of the concept. */
  static Predicate<Concept> childOf(CodeSystemProvider system, String property, String value) {
    String parent = canonical(system, value);
    return c -> c.parents().contains(parent);
  }

  /**
   * The code as the system spells it (case-insensitive systems), or the value as given when
   * unknown.
   */
  private static String canonical(CodeSystemProvider system, String code) {
    return system.concept(code).map(Concept::code).orElse(code);
  }
}
