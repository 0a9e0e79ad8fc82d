package org.cptx.terminology.codesystem.cpt.rules;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/**
 * Rule 8: at most one modifier of each set {25, 57, 59}, {52, 53, 73, 74}, {76, 77, 78, 79}, {93,
 * 95}.
 */
public final class ExclusiveModifiersRule implements ExpressionRule {

  static final List<List<String>> SETS =
      List.of(
          List.of("25", "57", "59"),
          List.of("52", "53", "73", "74"),
          List.of("76", "77", "78", "79"),
          List.of("93", "95"));

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    List<Issue> issues = new ArrayList<>();
    for (List<String> set : SETS) {
      List<String> used = set.stream().filter(e::has).toList();
      if (used.size() > 1) {
        issues.add(CptMessages.exclusiveModifiers(used, set, location));
      }
    }
    return issues;
  }
}
