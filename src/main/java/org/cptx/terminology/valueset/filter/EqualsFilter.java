package org.cptx.terminology.valueset.filter;

import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/** {@code =}: the property has exactly this value. */
final class EqualsFilter implements ConceptFilter {

  @Override
  public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
    return c -> PropertyValues.of(c, property).contains(value);
  }
}
