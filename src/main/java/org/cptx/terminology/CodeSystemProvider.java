package org.cptx.terminology;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cptx.terminology.messages.CodeSystemMessages;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * The contract one code system implements. A provider answers for exactly one url and version; the
 * {@link CodeSystemRegistry} picks the provider, so no operation ever branches on which system it
 * is.
 */
public interface CodeSystemProvider {

  CodeSystemInfo info();

  /**
   * The concept with this code, honouring the system's case sensitivity; empty when the code is
   * unknown.
   */
  Optional<Concept> concept(String code);

  /** Every concept, in the system's order (depth first for hierarchies). */
  Stream<Concept> concepts();

  /** Properties a $lookup reports beyond the concept's own (for example a copyright statement). */
  default List<ConceptProperty> lookupExtras(Concept concept) {
    return List.of();
  }

  /**
   * Findings about a code beyond "found or not", reported by $validate-code (for example the rules
   * of a post-coordinated expression). Errors make the code invalid; a non-empty answer for an
   * unknown code replaces the generic "unknown code" issue.
   *
   * @param location the request path of the code, for the issues' locations
   */
  default List<Issue> codeIssues(String code, String location) {
    return List.of();
  }

  /**
   * Findings about a number of units of a known code (the $validate-code input {@code units}), for
   * example units over a per-code maximum. Errors make the code invalid; a system with no such
   * limit has none.
   *
   * @param concept the concept validated (for a post-coordinated code, its synthesized concept)
   * @param units the units asked about, at least 1
   * @param location the request path of the code, for the issues' locations
   */
  default List<Issue> unitsIssues(Concept concept, int units, String location) {
    return List.of();
  }

  /**
   * A filter this system defines itself (for example code ranges), consulted before the generic
   * operators; empty means the generic operator applies.
   */
  default Optional<Predicate<Concept>> filter(String op, String property, String value) {
    return Optional.empty();
  }

  /** Value sets this system defines implicitly (for example "all base codes"), by url. */
  default List<ValueSetDefinition> implicitValueSets() {
    return List.of();
  }

  /**
   * The most codes of this system one expansion may return, if the system sets a tighter limit than
   * the server.
   */
  default OptionalInt expansionLimit() {
    return OptionalInt.empty();
  }

  /**
   * What a client using this system should be warned of: draft, experimental, deprecated,
   * withdrawn.
   */
  default List<String> statusWarnings() {
    return List.of();
  }

  /**
   * The uri that defines one of this system's properties (CodeSystem.property.uri), if it declares
   * one.
   */
  default Optional<String> propertyUri(String propertyCode) {
    return Optional.empty();
  }

  /**
   * True when a code this provider does not hold may still be valid (a fragment of a larger
   * system): it is then reported with a warning, not as invalid.
   */
  default boolean unknownCodesMayExistElsewhere() {
    return "fragment".equals(info().content());
  }

  /**
   * Why an include that takes this system's codes passing {@code filter} (null: every code) holds
   * members that {@link #concepts()} does not list, so that no expansion of it is complete (it is
   * unclosed); empty when its expansion lists every member. By default a system whose unknown codes
   * may exist elsewhere (a fragment) is unclosed whatever the filter; a system with a grammar
   * answers whether the filter admits its expressions. An include that lists its codes is closed
   * and never asks.
   */
  default Optional<String> unclosed(Predicate<Concept> filter) {
    return unknownCodesMayExistElsewhere()
        ? Optional.of(CodeSystemMessages.unclosedFragment(info().url()))
        : Optional.empty();
  }

  /**
   * Whether a designation of this system is a display a $validate-code may be given: by default one
   * with no use or with a display use (preferred for language, display, SNOMED CT's fully specified
   * name or synonym); a designation with another use (an abbreviation, an old spelling, ...) names
   * the concept without being a display.
   */
  default boolean isDisplay(Designation designation) {
    Coding use = designation.use();
    return use == null || Designations.DISPLAY_USES.contains(use.system() + "|" + use.code());
  }

  /** The canonicals (url|version) of the supplements merged into this system. */
  default List<String> supplements() {
    return List.of();
  }

  /**
   * Whether {@code general} subsumes {@code specific} (both codes of this system, not the same
   * concept): by default when {@code general} is an ancestor of {@code specific} in the hierarchy.
   * A system with a grammar adds its own (a CPT code subsumes its modifier expressions).
   */
  default boolean subsumes(String general, String specific) {
    return ancestors(specific).contains(general);
  }

  /** The codes below this one in the hierarchy, nearest first, each once. */
  default Set<String> descendants(String code) {
    return walk(code, c -> c.children());
  }

  /** The codes above this one in the hierarchy, nearest first, each once. */
  default Set<String> ancestors(String code) {
    return walk(code, c -> c.parents());
  }

  private Set<String> walk(String code, java.util.function.Function<Concept, List<String>> next) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    concept(code).ifPresent(c -> queue.addAll(next.apply(c)));
    while (!queue.isEmpty()) {
      String current = queue.poll();
      if (seen.add(current)) {
        concept(current).ifPresent(c -> queue.addAll(next.apply(c)));
      }
    }
    return seen;
  }
}
