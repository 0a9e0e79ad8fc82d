package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/**
 * One rule about a CPT expression: the issues it finds, none when the expression keeps the rule.
 */
public interface ExpressionRule {

  /**
   * @param location the request path of the code, for the issues' locations
   */
  List<Issue> check(ResolvedExpression expression, String location);
}
