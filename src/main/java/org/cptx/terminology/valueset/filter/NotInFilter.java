package org.cptx.terminology.valueset.filter;

import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/** {@code not-in}: the property has none of the comma-separated values. */
final class NotInFilter implements ConceptFilter {

  @Override
  public String op() {
    return "not-in";
  }

  @Override
  public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
    return new InFilter().compile(system, property, value).negate();
  }
}
