package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/**
 * Rule 9: 59 never together with XE, XS, XP or XU (CMS: the X modifiers replace 59). The reference
 * server instead requires 59 beside every HCPCS modifier; cptx does not.
 */
public final class FiftyNineWithXRule implements ExpressionRule {

  private static final List<String> X_MODIFIERS = List.of("XE", "XS", "XP", "XU");

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    if (!e.has("59")) {
      return List.of();
    }
    return X_MODIFIERS.stream()
        .filter(e::has)
        .map(x -> CptMessages.fiftyNineWithX(x, location))
        .toList();
  }
}
