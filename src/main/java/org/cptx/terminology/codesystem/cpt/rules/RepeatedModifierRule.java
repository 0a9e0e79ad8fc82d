package org.cptx.terminology.codesystem.cpt.rules;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/** Rule 10: no modifier twice in one expression. */
public final class RepeatedModifierRule implements ExpressionRule {

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    e.modifiers()
        .forEach(
            m -> {
              if (!seen.add(m.code())) {
                repeated.add(m.code());
              }
            });
    return repeated.stream().map(m -> CptMessages.repeatedModifier(m, e.text(), location)).toList();
  }
}
