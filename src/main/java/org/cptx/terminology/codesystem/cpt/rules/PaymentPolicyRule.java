package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.codesystem.cpt.CptKinds;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.codesystem.cpt.ResolvedExpression;
import org.cptx.terminology.model.Coding;

/**
 * A CMS payment-policy check: modifiers whose use a CMS fee-schedule indicator of the base code
 * governs (the CMS supplement's Coding-valued properties). Each indicator value maps to the
 * severity of using the modifiers; a value not in the map allows them. No indicator on the base
 * code (no CMS row): nothing to check. Errors where CMS says the modifier is not permitted or not
 * paid; warnings where CMS asks for documentation or the concept does not apply.
 */
public final class PaymentPolicyRule implements ExpressionRule {

  private static final Severity E = Severity.ERROR;
  private static final Severity W = Severity.WARNING;

  /**
   * 50: indicator 0 = bilateral adjustment does not apply (error); 2 = already bilateral, 9 = n/a
   * (warning).
   */
  public static final PaymentPolicyRule BILATERAL =
      new PaymentPolicyRule(
          "CPT_POLICY_BILATERAL",
          "bilateral-surgery",
          "bilateral surgery",
          List.of("50"),
          Map.of("0", E, "2", W, "9", W));

  /** 62: 0 = co-surgeons not permitted (error); 1 = documentation required, 9 = n/a (warning). */
  public static final PaymentPolicyRule CO_SURGEONS =
      new PaymentPolicyRule(
          "CPT_POLICY_CO_SURGEONS",
          "co-surgeons",
          "co-surgeons",
          List.of("62"),
          Map.of("0", E, "1", W, "9", W));

  /** 66: 0 = team surgeons not permitted (error); 1 = documentation required, 9 = n/a (warning). */
  public static final PaymentPolicyRule TEAM_SURGERY =
      new PaymentPolicyRule(
          "CPT_POLICY_TEAM_SURGERY",
          "team-surgery",
          "team surgery",
          List.of("66"),
          Map.of("0", E, "1", W, "9", W));

  /**
   * 80, 81, 82, AS: 1 = statutory payment restriction (error); 0 = documentation required, 9 = n/a
   * (warning).
   */
  public static final PaymentPolicyRule ASSISTANT_SURGEON =
      new PaymentPolicyRule(
          "CPT_POLICY_ASSISTANT_SURGEON",
          "assistant-surgeon",
          "assistant at surgery",
          List.of("80", "81", "82", "AS"),
          Map.of("1", E, "0", W, "9", W));

  /**
   * 26: not with PC/TC 0, 2, 3, 4, 5, 7 (CMS: "modifiers 26 and TC cannot be used"); 9 = n/a
   * (warning).
   */
  public static final PaymentPolicyRule PROFESSIONAL =
      new PaymentPolicyRule(
          "CPT_POLICY_PCTC",
          "pctc-indicator",
          "PC/TC",
          List.of("26"),
          Map.of("0", E, "2", E, "3", E, "4", E, "5", E, "7", E, "9", W));

  /** TC: as 26, and also not with 6 and 8 (CMS: "modifier TC cannot be used"). */
  public static final PaymentPolicyRule TECHNICAL =
      new PaymentPolicyRule(
          "CPT_POLICY_PCTC",
          "pctc-indicator",
          "PC/TC",
          List.of("TC"),
          Map.of("0", E, "2", E, "3", E, "4", E, "5", E, "6", E, "7", E, "8", E, "9", W));

  public static final List<PaymentPolicyRule> ALL =
      List.of(BILATERAL, CO_SURGEONS, TEAM_SURGERY, ASSISTANT_SURGEON, PROFESSIONAL, TECHNICAL);

  private final String messageId;
  private final String property;
  private final String indicator;
  private final List<String> modifiers;
  private final Map<String, Severity> severities;

  private PaymentPolicyRule(
      String messageId,
      String property,
      String indicator,
      List<String> modifiers,
      Map<String, Severity> severities) {
    this.messageId = messageId;
    this.property = property;
    this.indicator = indicator;
    this.modifiers = modifiers;
    this.severities = severities;
  }

  @Override
  public List<Issue> check(ResolvedExpression e, String location) {
    Optional<Coding> value = CptKinds.coding(e.base(), property);
    if (value.isEmpty() || !severities.containsKey(value.get().code())) {
      return List.of();
    }
    Severity severity = severities.get(value.get().code());
    String display = value.get().display();
    String meaning =
        value.get().code() + (display != null && !display.isEmpty() ? " (" + display + ")" : "");
    return modifiers.stream()
        .filter(e::has)
        .map(
            m ->
                CptMessages.paymentPolicy(
                    messageId, severity, m, e.baseCode(), indicator, meaning, location))
        .toList();
  }
}
