package org.cptx.terminology.codesystem.cpt;

import java.util.List;
import java.util.Optional;
import org.cptx.terminology.Concept;

/**
 * An expression with its parts looked up: the base concept and each modifier with its concept when
 * the system holds it. Rules read this; they never look codes up themselves.
 */
public record ResolvedExpression(CptExpression expression, Concept base, List<Modifier> modifiers) {

  /**
   * One modifier of the expression, with its concept (empty when the system does not hold the
   * code).
   */
  public record Modifier(String code, Optional<Concept> concept) {

    public List<String> kinds() {
      return CptKinds.ofModifier(code, concept);
    }

    public boolean isKind(String kind) {
      return kinds().contains(kind);
    }
  }

  public ResolvedExpression {
    modifiers = List.copyOf(modifiers);
  }

  public String text() {
    return expression.text();
  }

  public String baseCode() {
    return base.code();
  }

  public boolean has(String modifierCode) {
    return modifiers.stream().anyMatch(m -> m.code().equals(modifierCode));
  }
}
