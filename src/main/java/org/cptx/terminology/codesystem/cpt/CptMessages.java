package org.cptx.terminology.codesystem.cpt;

import java.util.List;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.model.Coding;

/**
 * The CPT section of the message catalogue (kept beside the CPT provider so the engine's sections,
 * in {@code terminology.messages}, stay generic). Every message has a stable id and names the codes
 * it is about.
 */
public final class CptMessages {

  private CptMessages() {}

  /**
   * Why an expansion of a value set that admits expressions is unclosed (the reference server's
   * words).
   */
  public static String unclosedGrammar(String system) {
    return "The code System '" + system + "' has a grammar and so has infinite members";
  }

  // ---- expression syntax and parts
  // ----------------------------------------------------------------

  public static Issue wrongSeparator(String given, String colonForm, String location) {
    return invalid(
        "CPT_EXPRESSION_SEPARATOR",
        "'"
            + given
            + "' is not a valid CPT code or expression: modifiers "
            + "follow the code after ':' (write '"
            + colonForm
            + "')",
        location);
  }

  public static Issue emptyPart(String expression, String location) {
    return invalid(
        "CPT_EXPRESSION_EMPTY_PART",
        "The CPT expression '"
            + expression
            + "' has an empty part; the grammar is baseCode *( \":\" modifier ), e.g. '47383:51'",
        location);
  }

  public static Issue unknownBase(
      String expression, String base, CodeSystemInfo cs, String location) {
    return invalid(
        "CPT_EXPRESSION_UNKNOWN_BASE",
        "The CPT expression '"
            + expression
            + "' has an unknown base code '"
            + base
            + "' ("
            + where(cs)
            + ")",
        location);
  }

  public static Issue unknownModifier(
      String expression, String modifier, CodeSystemInfo cs, String location) {
    return invalid(
        "CPT_EXPRESSION_UNKNOWN_MODIFIER",
        "The CPT expression '"
            + expression
            + "' has an unknown modifier '"
            + modifier
            + "' ("
            + where(cs)
            + "; HCPCS Level II modifiers are usable "
            + "only when CPT Appendix A lists them)",
        location);
  }

  // ---- modifier rules (docs/cpt.md, "Modifier rules")
  // ---------------------------------------------

  public static Issue cat2ModifierOnOtherCode(String modifier, String base, String location) {
    return rule(
        "CPT_RULE_CAT2_MODIFIER",
        "Modifier '"
            + modifier
            + "' is a Category II modifier and can only be "
            + "used with a Category II code (5th character F), not with '"
            + base
            + "'",
        location);
  }

  public static Issue physicalStatusOffAnesthesia(String modifier, String base, String location) {
    return rule(
        "CPT_RULE_PHYSICAL_STATUS",
        "Physical status modifier '"
            + modifier
            + "' can only be used with "
            + "anesthesia codes 00100-01999, not with '"
            + base
            + "'",
        location);
  }

  public static Issue baseCodeAsModifier(String modifier, String expression, String location) {
    return rule(
        "CPT_RULE_BASE_AS_MODIFIER",
        "'"
            + modifier
            + "' is a base code, not a modifier, and cannot follow "
            + "':' in '"
            + expression
            + "'",
        location);
  }

  public static Issue modifierOnCat2(String modifier, String base, String location) {
    return rule(
        "CPT_RULE_NOT_ON_CAT2",
        "Modifier '" + modifier + "' cannot be used with the Category II code '" + base + "'",
        location);
  }

  public static Issue modifierOutsideCodes(
      String modifier, String base, String allowed, String location) {
    return rule(
        "CPT_RULE_MODIFIER_" + modifier + "_CODES",
        "Modifier '"
            + modifier
            + "' can only be used with "
            + allowed
            + ", not with '"
            + base
            + "'",
        location);
  }

  public static Issue notTelemedicine(String modifier, String base, String location) {
    return rule(
        "CPT_RULE_TELEMEDICINE",
        "Modifier '"
            + modifier
            + "' can only be used with codes of CPT "
            + "Appendix P (telemedicine=true); '"
            + base
            + "' is not one",
        location);
  }

  public static Issue exclusiveModifiers(List<String> used, List<String> set, String location) {
    return rule(
        "CPT_RULE_EXCLUSIVE_MODIFIERS",
        "Modifiers '"
            + String.join("' and '", used)
            + "' cannot be used together: at most one of "
            + String.join(", ", set),
        location);
  }

  public static Issue fiftyNineWithX(String xModifier, String location) {
    return rule(
        "CPT_RULE_59_WITH_X",
        "Modifier '59' cannot be used with '" + xModifier + "': the X{EPSU} modifiers replace 59",
        location);
  }

  public static Issue repeatedModifier(String modifier, String expression, String location) {
    return rule(
        "CPT_RULE_REPEATED_MODIFIER",
        "Modifier '" + modifier + "' appears more than once in '" + expression + "'",
        location);
  }

  // ---- CMS payment policy
  // ---------------------------------------------------------------------------

  /**
   * @param indicator the CMS indicator's name (e.g. "bilateral surgery")
   * @param value the indicator value and its meaning
   */
  public static Issue paymentPolicy(
      String id,
      Severity severity,
      String modifier,
      String base,
      String indicator,
      String value,
      String location) {
    String verdict = severity == Severity.ERROR ? "is not allowed" : "needs review";
    return new Issue(
        severity,
        "business-rule",
        "code-rule",
        id,
        "Modifier '"
            + modifier
            + "' on '"
            + base
            + "' "
            + verdict
            + ": CMS "
            + indicator
            + " indicator for '"
            + base
            + "' is "
            + value,
        List.of(location));
  }

  /**
   * Units over the CMS MUE of the base code.
   *
   * @param code the code as given (a code or an expression)
   * @param base its base code, whose MUE applies
   * @param indicator the MUE adjudication indicator, or null when the content gives none
   */
  public static Issue unitsOverMue(
      Severity severity,
      String code,
      String base,
      int units,
      int mue,
      Coding indicator,
      String location) {
    String verdict = severity == Severity.ERROR ? "are not allowed" : "need review";
    String adjudication =
        indicator == null
            ? "no adjudication indicator"
            : "adjudication indicator "
                + indicator.code()
                + (hasText(indicator.display()) ? ": " + indicator.display() : "");
    return new Issue(
        severity,
        "business-rule",
        "code-rule",
        "CPT_POLICY_MUE_UNITS",
        units
            + " units of '"
            + code
            + "' "
            + verdict
            + ": the CMS MUE (medically unlikely edit) for '"
            + base
            + "' is "
            + mue
            + " unit"
            + (mue == 1 ? "" : "s")
            + " ("
            + adjudication
            + ")",
        List.of(location, "units"));
  }

  private static String where(CodeSystemInfo cs) {
    return cs.version() == null
        ? "CodeSystem '" + cs.url() + "'"
        : "CodeSystem '" + cs.url() + "' version '" + cs.version() + "'";
  }

  private static Issue invalid(String id, String text, String location) {
    return new Issue(Severity.ERROR, "code-invalid", "invalid-code", id, text, List.of(location));
  }

  private static Issue rule(String id, String text, String location) {
    return new Issue(Severity.ERROR, "business-rule", "code-rule", id, text, List.of(location));
  }

  private static boolean hasText(String s) {
    return s != null && !s.isEmpty();
  }
}
