package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.codesystem.cpt.CodeRanges;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;

/**
 * Rules 5 and 6: a modifier usable only on listed codes and ranges (63 on surgery and cardiology,
 * 92 on HIV tests).
 */
public final class RestrictedModifierRule implements ExpressionRule {

  /**
   * Rule 5: 63 (procedure on infants under 4 kg) only on 20100-69990 and the listed cardiology
   * codes.
   */
  public static final RestrictedModifierRule MODIFIER_63 =
      new RestrictedModifierRule(
          "63",
          CodeRanges.parse(
              "20100-69990,92920,92928,92953,92960,92986,92987,92990,92997,92998,93312-93318,93452,93505,93563,93564,"
                  + "93568,93569,93573-93575,93580-93582,93590-93598,93615,93616"));

  /** Rule 6: 92 (alternative laboratory platform testing) only on 86701-86703 and 87389. */
  public static final RestrictedModifierRule MODIFIER_92 =
      new RestrictedModifierRule("92", CodeRanges.parse("86701-86703,87389"));

  private final String modifier;
  private final CodeRanges allowed;

  private RestrictedModifierRule(String modifier, CodeRanges allowed) {
    this.modifier = modifier;
    this.allowed = allowed;
  }

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    if (!e.has(modifier) || allowed.contains(e.baseCode())) {
      return List.of();
    }
    return List.of(
        CptMessages.modifierOutsideCodes(modifier, e.baseCode(), "codes " + allowed, location));
  }
}
