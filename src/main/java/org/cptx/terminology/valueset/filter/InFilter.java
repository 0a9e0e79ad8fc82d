package org.cptx.terminology.valueset.filter;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/** {@code in}: the property has one of the comma-separated values. */
final class InFilter implements ConceptFilter {

  @Override
  public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
    Set<String> values =
        Arrays.stream(value.split(",")).map(String::trim).collect(Collectors.toSet());
    return c -> PropertyValues.of(c, property).stream().anyMatch(values::contains);
  }
}
