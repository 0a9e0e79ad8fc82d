package org.cptx.terminology.valueset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/**
 * One compiled include or exclude: codes of one system (all, listed, or filtered), optionally
 * intersected with imported value sets; or only the intersection of imported value sets.
 *
 * @param system the code system, or null when the rule names only value sets or its system is
 *     unknown
 * @param listed codes listed by the rule with what the value set says of each, or null
 * @param filter the rule's filters combined, or null
 * @param imports value sets every member must also belong to
 * @param resolved false when the rule's system or a value set could not be found (the rule then has
 *     no members)
 * @param statedVersion the version the include or exclude names, or null
 */
record Rule(
    CodeSystemProvider system,
    Map<String, ListedCode> listed,
    Predicate<Concept> filter,
    List<CompiledValueSet> imports,
    boolean resolved,
    String statedVersion) {

  Rule(
      CodeSystemProvider system,
      Map<String, ListedCode> listed,
      Predicate<Concept> filter,
      List<CompiledValueSet> imports,
      boolean resolved) {
    this(system, listed, filter, imports, resolved, null);
  }

  Stream<Member> members() {
    return members(null);
  }

  /**
   * The members, or with a text filter only those whose concept the system's {@link TextIndex}
   * finds for it, in the same order. Only for a rule that takes codes of a system (a listed code's
   * display may differ from its concept's); any other rule lists all its members.
   */
  Stream<Member> members(TextFilter text) {
    if (!resolved) {
      return Stream.empty();
    }
    if (system == null) {
      if (imports.isEmpty()) {
        return Stream.empty();
      }
      return imports
          .get(0)
          .members()
          .filter(m -> inImports(m.system().info().url(), m.concept().code(), 1));
    }
    Stream<Member> base =
        listed != null
            ? listed.entrySet().stream()
                .flatMap(e -> system.concept(e.getKey()).map(c -> member(c, e.getValue())).stream())
            : concepts(text).map(c -> new Member(system, c, null));
    if (filter != null) {
      base = base.filter(m -> filter.test(m.concept()));
    }
    return base.filter(m -> inImports(system.info().url(), m.concept().code(), 0));
  }

  private Stream<Concept> concepts(TextFilter text) {
    return text == null || text.words().length == 0
        ? system.concepts()
        : TextIndex.of(system).matches(text.words());
  }

  /**
   * Whether this rule takes the codes of a system as they are (no list of codes that could give
   * displays).
   */
  boolean takesSystemCodes() {
    return !resolved || system != null && listed == null;
  }

  Optional<Member> find(String systemUrl, String code) {
    if (!resolved) {
      return Optional.empty();
    }
    if (system == null) {
      return imports.isEmpty()
          ? Optional.empty()
          : imports
              .get(0)
              .find(systemUrl, code)
              .filter(m -> inImports(systemUrl, m.concept().code(), 1));
    }
    if (!system.info().url().equals(systemUrl)) {
      return Optional.empty();
    }
    Optional<Concept> concept = system.concept(code);
    if (concept.isEmpty() || listed != null && !listed.containsKey(concept.get().code())) {
      return Optional.empty();
    }
    if (filter != null && !filter.test(concept.get())
        || !inImports(systemUrl, concept.get().code(), 0)) {
      return Optional.empty();
    }
    String found = concept.get().code();
    return Optional.of(member(concept.get(), listed == null ? null : listed.get(found)));
  }

  private Member member(Concept concept, ListedCode listing) {
    return new Member(system, concept, listing);
  }

  /**
   * Why this rule holds members that no expansion lists (empty: it holds none): its system's part
   * is unclosed (see {@link CodeSystemProvider#unclosed}) and so is every value set it is
   * intersected with, since a closed one bounds the intersection. A rule that lists its codes is
   * closed.
   */
  List<String> unclosed() {
    if (!resolved || listed != null) {
      return List.of();
    }
    List<String> reasons = new java.util.ArrayList<>();
    if (system != null) {
      Optional<String> own = system.unclosed(filter);
      if (own.isEmpty()) {
        return List.of();
      }
      reasons.add(own.get());
    }
    for (CompiledValueSet imported : imports) {
      List<String> theirs = imported.unclosed();
      if (theirs.isEmpty()) {
        return List.of();
      }
      reasons.addAll(theirs);
    }
    return reasons;
  }

  private boolean inImports(String systemUrl, String code, int from) {
    for (int i = from; i < imports.size(); i++) {
      if (imports.get(i).find(systemUrl, code).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
