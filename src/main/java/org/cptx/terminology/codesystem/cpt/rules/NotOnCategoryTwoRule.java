package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import java.util.Set;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CptKinds;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/** Rule 4: modifiers 50 and 51 not on Category II codes. */
public final class NotOnCategoryTwoRule implements ExpressionRule {

  private static final Set<String> MODIFIERS = Set.of("50", "51");

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    if (!CptKinds.isCategoryTwoCode(e.baseCode())) {
      return List.of();
    }
    return e.modifiers().stream()
        .filter(m -> MODIFIERS.contains(m.code()))
        .map(m -> CptMessages.modifierOnCat2(m.code(), e.baseCode(), location))
        .toList();
  }
}
