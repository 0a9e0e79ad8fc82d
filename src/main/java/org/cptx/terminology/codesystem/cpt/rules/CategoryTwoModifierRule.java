package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CptKinds;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/** Rule 1: a Category II modifier only on a Category II code (5th character F). */
public final class CategoryTwoModifierRule implements ExpressionRule {

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    if (CptKinds.isCategoryTwoCode(e.baseCode())) {
      return List.of();
    }
    return e.modifiers().stream()
        .filter(m -> m.isKind(CptKinds.CAT_2))
        .map(m -> CptMessages.cat2ModifierOnOtherCode(m.code(), e.baseCode(), location))
        .toList();
  }
}
