package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CptKinds;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/**
 * Rule 7: modifier 95 (synchronous telemedicine) only on codes with {@code telemedicine=true}
 * (Appendix P).
 */
public final class TelemedicineRule implements ExpressionRule {

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    if (!e.has("95") || Boolean.TRUE.equals(CptKinds.bool(e.base(), "telemedicine"))) {
      return List.of();
    }
    return List.of(CptMessages.notTelemedicine("95", e.baseCode(), location));
  }
}
