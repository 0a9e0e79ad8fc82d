package org.cptx.terminology.codesystem.cpt.rules;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/**
 * Every rule a CPT expression is checked against: the modifier rules 1-10, then the CMS
 * payment-policy checks.
 */
public final class CptRules {

  public static final List<ExpressionRule> MODIFIER_RULES =
      List.of(
          new CategoryTwoModifierRule(),
          new PhysicalStatusRule(),
          new BaseCodeAsModifierRule(),
          new NotOnCategoryTwoRule(),
          RestrictedModifierRule.MODIFIER_63,
          RestrictedModifierRule.MODIFIER_92,
          new TelemedicineRule(),
          new ExclusiveModifiersRule(),
          new FiftyNineWithXRule(),
          new RepeatedModifierRule());

  private CptRules() {}

  /** The findings of every rule, in rule order. */
  public static List<Issue> check(ResolvedExpression expression, String location) {
    List<Issue> issues = new ArrayList<>();
    for (ExpressionRule rule : MODIFIER_RULES) {
      issues.addAll(rule.check(expression, location));
    }
    for (ExpressionRule rule : PaymentPolicyRule.ALL) {
      issues.addAll(rule.check(expression, location));
    }
    return issues;
  }
}
