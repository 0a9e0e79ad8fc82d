package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CodeRanges;
import org.cptx.terminology.codesystem.cpt.CptKinds;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/** Rule 2: physical-status modifiers (P1-P6) only on anesthesia codes 00100-01999. */
public final class PhysicalStatusRule implements ExpressionRule {

  static final CodeRanges ANESTHESIA = CodeRanges.parse("00100-01999");

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    if (ANESTHESIA.contains(e.baseCode())) {
      return List.of();
    }
    return e.modifiers().stream()
        .filter(m -> m.isKind(CptKinds.PHYSICAL_STATUS))
        .map(m -> CptMessages.physicalStatusOffAnesthesia(m.code(), e.baseCode(), location))
        .toList();
  }
}
