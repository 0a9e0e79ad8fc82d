package org.cptx.terminology.codesystem.cpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.rules.CptRules;
import org.cptx.terminology.model.Value;

/**
 * Resolves CPT expressions against the concepts of one CPT version: the synthesized concept of a
 * valid expression, and the findings about any code (syntax, unknown parts, rules).
 */
final class CptExpressions {

  private final CodeSystemProvider content;

  /**
   * The first modifier of the content ("" when it holds none), and whether any expression exists:
   * found once.
   */
  private volatile String firstModifier;

  private volatile Boolean anyExpression;

  CptExpressions(CodeSystemProvider content) {
    this.content = content;
  }

  /**
   * The concept of a plain code, or the synthesized concept of an expression whose parts are all
   * known.
   */
  Optional<Concept> concept(String code) {
    Optional<CptExpression> expression = CptExpression.parse(code);
    if (expression.isEmpty()) {
      return content.concept(code);
    }
    return resolve(expression.get())
        .filter(r -> r.modifiers().stream().allMatch(m -> m.concept().isPresent()))
        .map(CptExpressions::synthesize);
  }

  /**
   * Whether some expression passes the filter (null: any filter): each base code in turn, followed
   * by one modifier, until one passes. False when the version holds no modifier, so no expression
   * can be written.
   */
  boolean admitsAny(Predicate<Concept> filter) {
    if (filter == null) {
      Boolean any = anyExpression;
      if (any == null) {
        any = admits(null);
        anyExpression = any;
      }
      return any;
    }
    return admits(filter);
  }

  private boolean admits(Predicate<Concept> filter) {
    String modifier = firstModifier();
    if (modifier.isEmpty()) {
      return false;
    }
    return content
        .concepts()
        .filter(c -> !isModifier(c))
        .map(c -> concept(c.code() + ":" + modifier))
        .flatMap(Optional::stream)
        .anyMatch(e -> filter == null || filter.test(e));
  }

  private String firstModifier() {
    String found = firstModifier;
    if (found == null) {
      found =
          content
              .concepts()
              .filter(CptExpressions::isModifier)
              .map(Concept::code)
              .findFirst()
              .orElse("");
      firstModifier = found;
    }
    return found;
  }

  /**
   * Whether one known code or expression subsumes another: a code subsumes its expressions and
   * those of the codes below it, and an expression subsumes those with the same base and more
   * modifiers ({@code 47383:51} subsumes {@code 47383:51:LT}); modifiers are a set, so order does
   * not matter. Plain codes follow the content's hierarchy.
   */
  boolean subsumes(String general, String specific) {
    Optional<CptExpression> s = CptExpression.parse(specific);
    Optional<CptExpression> g = CptExpression.parse(general);
    if (s.isEmpty()) {
      return g.isEmpty() && content.subsumes(general, specific);
    }
    String base = s.get().base();
    if (g.isEmpty()) {
      return general.equals(base) || content.subsumes(general, base);
    }
    return g.get().base().equals(base)
        && java.util.Set.copyOf(s.get().modifiers()).containsAll(g.get().modifiers());
  }

  private static boolean isModifier(Concept c) {
    return Boolean.TRUE.equals(CptKinds.bool(c, "modifier"));
  }

  /**
   * Findings about a code: a wrong separator, an empty or unknown part, and each rule an expression
   * breaks.
   */
  List<Issue> issues(String code, String location) {
    Optional<CptExpression> parsed = CptExpression.parse(code);
    if (parsed.isEmpty()) {
      return content.concept(code).isPresent()
          ? List.of()
          : CptExpression.colonForm(code)
              .map(colon -> List.of(CptMessages.wrongSeparator(code, colon, location)))
              .orElse(List.of());
    }
    CptExpression expression = parsed.get();
    if (expression.hasEmptyPart()) {
      return List.of(CptMessages.emptyPart(code, location));
    }
    Optional<ResolvedExpression> resolved = resolve(expression);
    if (resolved.isEmpty()) {
      return List.of(CptMessages.unknownBase(code, expression.base(), content.info(), location));
    }
    List<Issue> issues = new ArrayList<>();
    resolved.get().modifiers().stream()
        .filter(m -> m.concept().isEmpty())
        .forEach(
            m -> issues.add(CptMessages.unknownModifier(code, m.code(), content.info(), location)));
    issues.addAll(CptRules.check(resolved.get(), location));
    return issues;
  }

  private Optional<ResolvedExpression> resolve(CptExpression expression) {
    if (expression.hasEmptyPart()) {
      return Optional.empty();
    }
    return content
        .concept(expression.base())
        .map(
            base ->
                new ResolvedExpression(
                    expression,
                    base,
                    expression.modifiers().stream()
                        .map(m -> new ResolvedExpression.Modifier(m, content.concept(m)))
                        .toList()));
  }

  /**
   * The display of an expression: the base code's display, then each modifier in the order written
   * as {@code modifier <code>: <title>}, all joined by "; ". For {@code 47383:51}: "Ablation, 1 or
   * more liver tumor(s), percutaneous, cryoablation; modifier 51: Multiple Procedures". Null when
   * the base code has no display.
   */
  static String display(Concept base, List<Concept> modifiers) {
    if (base.display() == null) {
      return null;
    }
    StringBuilder display = new StringBuilder(base.display());
    for (Concept modifier : modifiers) {
      display.append("; modifier ").append(modifier.code());
      String title = modifier.display() != null ? modifier.display() : modifier.definition();
      if (title != null) {
        display.append(": ").append(title);
      }
    }
    return display.toString();
  }

  /**
   * The composed {@link #display}; the base code's properties with {@code modified=true}; one
   * {@code modifier} group per modifier.
   */
  private static Concept synthesize(ResolvedExpression e) {
    List<ConceptProperty> properties = new ArrayList<>();
    for (ConceptProperty p : e.base().properties()) {
      if (!p.code().equals("modified")) {
        properties.add(p);
      }
    }
    properties.add(ConceptProperty.of("modified", Value.bool(true)));
    for (ResolvedExpression.Modifier m : e.modifiers()) {
      Concept modifier = m.concept().orElseThrow();
      String meaning = modifier.display() != null ? modifier.display() : modifier.definition();
      List<ConceptProperty> parts = new ArrayList<>();
      parts.add(ConceptProperty.of("code", Value.code(modifier.code())));
      if (meaning != null) {
        parts.add(ConceptProperty.of("definition", Value.string(meaning)));
      }
      properties.add(ConceptProperty.group("modifier", parts));
    }
    Concept base = e.base();
    String display =
        display(base, e.modifiers().stream().map(m -> m.concept().orElseThrow()).toList());
    return new Concept(
        e.text(),
        display,
        null,
        List.of(),
        properties,
        List.of(),
        List.of(),
        false,
        base.status(),
        base.inactive());
  }
}
