package org.cptx.terminology.valueset.filter;

import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/** One ValueSet compose filter operator: turns (property, value) into a test on the concepts of one system. */
public interface ConceptFilter {

  /** The FHIR filter-operator code, e.g. {@code is-a}. */
  String op();

  /**
   * @throws org.cptx.terminology.TerminologyException BAD_REQUEST when the value cannot be used with this operator
   */
  Predicate<Concept> compile(CodeSystemProvider system, String property, String value);
}
