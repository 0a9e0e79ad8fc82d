package org.cptx.terminology.valueset.filter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of filter operators, by FHIR operator code. */
public final class ConceptFilters {

  private static final Map<String, ConceptFilter> BY_OP = List.of(
          new EqualsFilter(), new InFilter(), new NotInFilter(), new ExistsFilter(), new RegexFilter(),
          new HierarchyFilters.IsA(), new HierarchyFilters.DescendentOf(), new HierarchyFilters.IsNotA(),
          new HierarchyFilters.Generalizes(), new HierarchyFilters.ChildOf())
      .stream().collect(Collectors.toMap(ConceptFilter::op, Function.identity()));

  private ConceptFilters() {}

  public static Optional<ConceptFilter> forOp(String op) {
    return Optional.ofNullable(op == null ? null : BY_OP.get(op));
  }
}
