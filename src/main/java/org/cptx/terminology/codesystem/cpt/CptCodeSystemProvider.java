package org.cptx.terminology.codesystem.cpt;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Limits;
import org.cptx.terminology.codesystem.cpt.rules.MueUnitsRule;
import org.cptx.terminology.model.Value;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * CPT: the concepts of one CPT version (a CodeSystem resource, seed or imported, with its CMS
 * supplement merged in), plus what CPT adds: modifier expressions ({@code 47383:51}) with their
 * rules and payment-policy checks, the CPT filters, the implicit {@code cpt-*} value sets, the AMA
 * expansion limit and the copyright in every $lookup.
 */
public final class CptCodeSystemProvider implements CodeSystemProvider {

  public static final String URL = "http://www.ama-assn.org/go/cpt";

  private final CodeSystemProvider content;
  private final CptExpressions expressions;

  public CptCodeSystemProvider(CodeSystemProvider content) {
    this.content = content;
    this.expressions = new CptExpressions(content);
  }

  @Override
  public CodeSystemInfo info() {
    return content.info();
  }

  /**
   * A code, or an expression whose base and modifiers are all known (synthesized: composed display,
   * modified=true).
   */
  @Override
  public Optional<Concept> concept(String code) {
    return code == null ? Optional.empty() : expressions.concept(code);
  }

  /**
   * Every CPT descriptor (short, medium, upper, consumer, clinician) is a display a claim may
   * carry.
   */
  @Override
  public boolean isDisplay(org.cptx.terminology.model.Designation designation) {
    return true;
  }

  @Override
  public List<String> supplements() {
    return content.supplements();
  }

  /** The codes only: expressions are unbounded and never enumerated. */
  @Override
  public Stream<Concept> concepts() {
    return content.concepts();
  }

  /**
   * A code subsumes its modifier expressions; an expression those with more modifiers (see
   * CptExpressions).
   */
  @Override
  public boolean subsumes(String general, String specific) {
    return expressions.subsumes(general, specific);
  }

  @Override
  public List<Issue> codeIssues(String code, String location) {
    if (code == null) {
      return List.of();
    }
    return expressions.issues(code, location);
  }

  /** Units over the base code's CMS MUE ({@link MueUnitsRule}). */
  @Override
  public List<Issue> unitsIssues(Concept concept, int units, String location) {
    return MueUnitsRule.check(concept, units, location);
  }

  @Override
  public Optional<Predicate<Concept>> filter(String op, String property, String value) {
    return CptFilters.filter(op, property, value);
  }

  /**
   * CPT answers "unknown" for a code it does not hold, even from the shipped fragment: a licensee
   * serves the full release, and an unknown code is far more often a typo than a code from
   * elsewhere in CPT.
   */
  @Override
  public boolean unknownCodesMayExistElsewhere() {
    return false;
  }

  /**
   * An include is unclosed when its filter admits expressions ({@code 47383:51}), which no
   * expansion lists: the whole system, {@code modified = true}, or any filter an expression's
   * properties pass (an expression carries its base code's properties with {@code modified=true}).
   * {@code cpt-base} and {@code cpt-modifiers} are closed. The filter is the one that decides
   * $validate-code membership, tried on the expression form of each base code, so the marking
   * follows validation (a filter on the expression's text, such as a regex naming one modifier, may
   * be missed).
   */
  @Override
  public Optional<String> unclosed(Predicate<Concept> filter) {
    return expressions.admitsAny(filter)
        ? Optional.of(CptMessages.unclosedGrammar(URL))
        : Optional.empty();
  }

  @Override
  public List<ValueSetDefinition> implicitValueSets() {
    return CptValueSets.all(URL, info().version(), info().copyright());
  }

  @Override
  public OptionalInt expansionLimit() {
    return OptionalInt.of(Limits.MAX_CPT_EXPANSION);
  }

  @Override
  public List<ConceptProperty> lookupExtras(Concept concept) {
    String copyright = info().copyright();
    return copyright == null
        ? List.of()
        : List.of(ConceptProperty.of("copyright", Value.string(copyright)));
  }
}
