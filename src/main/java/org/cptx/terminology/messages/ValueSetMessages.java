package org.cptx.terminology.messages;

import java.util.List;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.TerminologyException;

/**
 * The value-set membership section of the message catalogue: codes not in (or not allowed in) a
 * value set, systems that cannot be inferred, version mismatches and version checks, and the status
 * of the content drawn on.
 */
public final class ValueSetMessages {

  private ValueSetMessages() {}

  public static Issue includeVersionMismatch(
      String system, String includeVersion, String codingVersion, String location) {
    return new Issue(
        Severity.ERROR,
        "invalid",
        "vs-invalid",
        "VALUESET_VALUE_MISMATCH",
        "The code system '"
            + system
            + "' version '"
            + includeVersion
            + "' in the ValueSet include is different to the one in the value ('"
            + codingVersion
            + "')",
        List.of(location));
  }

  public static Issue changedVersionMismatch(
      String system, String effective, String stated, String codingVersion, String location) {
    return new Issue(
        Severity.ERROR,
        "invalid",
        "vs-invalid",
        "VALUESET_VALUE_MISMATCH_CHANGED",
        "The code system '"
            + system
            + "' version '"
            + effective
            + "' resulting from the version '"
            + (stated == null ? "" : stated)
            + "' in the ValueSet include is different to the one in the value ('"
            + codingVersion
            + "')",
        List.of(location));
  }

  public static Issue defaultVersionMismatch(
      String system, String used, String codingVersion, String location) {
    return new Issue(
        Severity.WARNING,
        "invalid",
        "vs-invalid",
        "VALUESET_VALUE_MISMATCH_DEFAULT",
        "The code system '"
            + system
            + "' version '"
            + used
            + "' for the versionless include in the ValueSet"
            + " include is different to the one in the value ('"
            + codingVersion
            + "')",
        List.of(location));
  }

  public static Issue versionCheckFailed(
      String system, String version, String required, String location) {
    return new Issue(
        Severity.ERROR,
        "exception",
        "version-error",
        "VALUESET_VERSION_CHECK",
        "The version '"
            + version
            + "' is not allowed for system '"
            + system
            + "': required to be '"
            + required
            + "' by a version-check parameter",
        location == null ? List.of() : List.of(location));
  }

  /** A check-system-version the content in scope fails, as a request error. */
  public static TerminologyException versionCheck(Issue failed) {
    return new TerminologyException(ErrorKind.BAD_REQUEST, failed);
  }

  public static Issue abstractNotAllowed(String system, String code, String location) {
    return new Issue(
        Severity.ERROR,
        "business-rule",
        "code-rule",
        "ABSTRACT_CODE_NOT_ALLOWED",
        "Code '" + system + "#" + code + "' is abstract, and not allowed in this context",
        List.of(location));
  }

  /**
   * @param version the version the coding states, or null
   */
  public static Issue notInValueSet(
      String system,
      String version,
      String code,
      String display,
      String valueSet,
      String location) {
    String shown =
        (system == null ? "" : system)
            + (version == null ? "" : "|" + version)
            + "#"
            + code
            + (display == null ? "" : " ('" + display + "')");
    return new Issue(
        Severity.ERROR,
        "code-invalid",
        "not-in-vs",
        "None_of_the_provided_codes_are_in_the_value_set_one",
        "The provided code '" + shown + "' was not found in the value set '" + valueSet + "'",
        List.of(location));
  }

  public static Issue noValidCoding(String valueSet) {
    return new Issue(
        Severity.ERROR,
        "code-invalid",
        "not-in-vs",
        "TX_GENERAL_CC_ERROR_MESSAGE",
        "No valid coding was found for the value set '" + valueSet + "'",
        List.of());
  }

  public static Issue notActive(String code, String location) {
    return new Issue(
        Severity.ERROR,
        "business-rule",
        "code-rule",
        "STATUS_CODE_WARNING_CODE",
        "The concept '" + code + "' is valid but is not active",
        List.of(location));
  }

  /**
   * Information that a validation drew on content with a status worth knowing (draft, withdrawn,
   * ...).
   */
  public static Issue statusReference(String status, String resourceType, String canonical) {
    String id = "MSG_" + status.toUpperCase(java.util.Locale.ROOT);
    return new Issue(
        Severity.INFORMATION,
        "business-rule",
        "status-check",
        id,
        "Reference to " + status + " " + resourceType + " " + canonical,
        List.of());
  }

  public static Issue deprecatedInValueSet(
      String code, String system, String valueSet, String location) {
    return new Issue(
        Severity.WARNING,
        "business-rule",
        "code-comment",
        "CONCEPT_DEPRECATED_IN_VALUESET",
        "The presence of the concept '"
            + code
            + "' in the system '"
            + system
            + "' in the value set "
            + valueSet
            + " is marked with a status of deprecated and its use should be reviewed",
        List.of(location));
  }

  public static Issue severalSystemsHold(
      String code, String valueSet, List<String> systems, String location) {
    return new Issue(
        Severity.ERROR,
        "not-found",
        "cannot-infer",
        "Unable_to_resolve_system__value_set_has_multiple_matches",
        "The System URI could not be determined for the "
            + "code '"
            + code
            + "' in the ValueSet '"
            + valueSet
            + "': value set expansion has multiple matches: "
            + systems,
        List.of(location));
  }

  public static Issue cannotInferSystem(String code, String valueSet, String location) {
    return new Issue(
        Severity.ERROR,
        "not-found",
        "cannot-infer",
        "UNABLE_TO_INFER_CODESYSTEM",
        "The System URI could not be determined for the code '"
            + code
            + "' in the ValueSet '"
            + valueSet
            + "'",
        List.of(location));
  }

  /** A not-in-value-set finding about one coding of a CodeableConcept, as information. */
  public static Issue codingNotInValueSet(Issue notInValueSet) {
    return new Issue(
        Severity.INFORMATION,
        notInValueSet.type(),
        "this-code-not-in-vs",
        notInValueSet.messageId(),
        notInValueSet.text(),
        notInValueSet.location());
  }
}
