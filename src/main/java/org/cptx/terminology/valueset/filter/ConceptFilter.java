package org.cptx.terminology.valueset.filter;

import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/**
 * One ValueSet compose filter operator: turns (property, value) into a test on the concepts of one
 * system. {@link ConceptFilters} names each by its FHIR operator code.
 */
@FunctionalInterface
public interface ConceptFilter {

  /**
   * @throws org.cptx.terminology.TerminologyException BAD_REQUEST when the value cannot be used
   *     with this operator
   */
  Predicate<Concept> compile(CodeSystemProvider system, String property, String value);

  /** The operator that holds where this one does not ({@code not-in} of {@code in}). */
  default ConceptFilter negate() {
    return (system, property, value) -> compile(system, property, value).negate();
  }
}
