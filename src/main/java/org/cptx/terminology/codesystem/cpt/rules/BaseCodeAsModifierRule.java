package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CptKinds;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/** Rule 3: a base code ({@code kind=code}, or {@code modifier=false}) is never a modifier. */
public final class BaseCodeAsModifierRule implements ExpressionRule {

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    return e.modifiers().stream()
        .filter(m -> m.concept().isPresent() && m.isKind(CptKinds.CODE))
        .map(m -> CptMessages.baseCodeAsModifier(m.code(), e.text(), location))
        .toList();
  }
}
