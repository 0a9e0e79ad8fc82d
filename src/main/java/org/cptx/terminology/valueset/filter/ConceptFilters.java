package org.cptx.terminology.valueset.filter;

import java.util.Map;
import java.util.Optional;

/** The catalogue of filter operators, by FHIR operator code. */
public final class ConceptFilters {

  private static final Map<String, ConceptFilter> BY_OP =
      Map.of(
          "=",
          new EqualsFilter(),
          "in",
          new InFilter(),
          "not-in",
          new InFilter().negate(),
          "exists",
          new ExistsFilter(),
          "regex",
          new RegexFilter(),
          "is-a",
          HierarchyFilters::isA,
          "descendent-of",
          HierarchyFilters::descendentOf,
          "is-not-a",
          HierarchyFilters::isNotA,
          "generalizes",
          HierarchyFilters::generalizes,
          "child-of",
          HierarchyFilters::childOf);

  private ConceptFilters() {}

  public static Optional<ConceptFilter> forOp(String op) {
    return Optional.ofNullable(op == null ? null : BY_OP.get(op));
  }
}
