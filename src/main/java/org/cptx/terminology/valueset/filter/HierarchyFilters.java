package org.cptx.terminology.valueset.filter;

import java.util.Set;
import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/** The hierarchy operators, each a small class over the provider's ancestors and descendants. */
final class HierarchyFilters {

  private HierarchyFilters() {}

  /** The code as the system spells it (case-insensitive systems), or the value as given when unknown. */
  static String canonical(CodeSystemProvider system, String code) {
    return system.concept(code).map(Concept::code).orElse(code);
  }

  /** {@code is-a}: the concept itself and everything below it. */
  static final class IsA implements ConceptFilter {
    @Override
    public String op() {
      return "is-a";
    }

    @Override
    public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
      String root = canonical(system, value);
      Set<String> below = system.descendants(root);
      return c -> c.code().equals(root) && system.concept(root).isPresent() || below.contains(c.code());
    }
  }

  /** {@code descendent-of}: everything below the concept, not the concept itself. */
  static final class DescendentOf implements ConceptFilter {
    @Override
    public String op() {
      return "descendent-of";
    }

    @Override
    public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
      Set<String> below = system.descendants(canonical(system, value));
      return c -> below.contains(c.code());
    }
  }

  /** {@code is-not-a}: everything that is not the concept or below it. */
  static final class IsNotA implements ConceptFilter {
    @Override
    public String op() {
      return "is-not-a";
    }

    @Override
    public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
      return new IsA().compile(system, property, value).negate();
    }
  }

  /** {@code generalizes}: the concept itself and everything above it. */
  static final class Generalizes implements ConceptFilter {
    @Override
    public String op() {
      return "generalizes";
    }

    @Override
    public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
      String root = canonical(system, value);
      Set<String> above = system.ancestors(root);
      return c -> c.code().equals(root) || above.contains(c.code());
    }
  }

  /** {@code child-of}: the direct children of the concept. */
  static final class ChildOf implements ConceptFilter {
    @Override
    public String op() {
      return "child-of";
    }

    @Override
    public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
      String parent = canonical(system, value);
      return c -> c.parents().contains(parent);
    }
  }
}
