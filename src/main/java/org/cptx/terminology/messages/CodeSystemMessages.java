package org.cptx.terminology.messages;

import static org.cptx.terminology.messages.Messages.error;
import static org.cptx.terminology.messages.Messages.orList;

import java.util.List;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.TerminologyException;

/**
 * The code-system section of the message catalogue: unknown systems, versions and codes, a coding
 * whose system is not a code system, the status of the concept found, and $lookup's not-found
 * errors.
 */
public final class CodeSystemMessages {

  private CodeSystemMessages() {}

  public static Issue unknownSystem(String system, String location) {
    return new Issue(
        Severity.ERROR,
        "not-found",
        "not-found",
        "UNKNOWN_CODESYSTEM",
        "A definition for CodeSystem '"
            + system
            + "' could not be found, so the code cannot be validated",
        List.of(location));
  }

  public static Issue supplementAsSystem(String supplementCanonical, String location) {
    return new Issue(
        Severity.ERROR,
        "invalid",
        "invalid-data",
        "CODESYSTEM_CS_NO_SUPPLEMENT",
        "CodeSystem "
            + supplementCanonical
            + " is a supplement, so can't be used as a value in Coding.system",
        List.of(location));
  }

  /** A coding names a version of a system the server holds no version of. */
  public static Issue unknownSystemNoVersions(String system, String version, String location) {
    return new Issue(
        Severity.ERROR,
        "not-found",
        "not-found",
        "UNKNOWN_CODESYSTEM_VERSION_NONE",
        "A definition for CodeSystem '"
            + system
            + "' version '"
            + version
            + "' could not be found, so the code cannot "
            + "be validated. No versions of this code system are known",
        List.of(location));
  }

  public static Issue valueSetAsSystem(String url, String location) {
    return new Issue(
        Severity.ERROR,
        "invalid",
        "invalid-data",
        "Terminology_TX_System_ValueSet2",
        "The Coding references a value set, not a code system ('" + url + "')",
        List.of(location));
  }

  public static Issue relativeSystem(String location) {
    return new Issue(
        Severity.ERROR,
        "invalid",
        "invalid-data",
        "Terminology_TX_System_Relative",
        "Coding.system must be an absolute reference, not a local reference",
        List.of(location));
  }

  public static Issue unknownSystemVersion(
      String system, String version, List<String> known, String location) {
    return new Issue(
        Severity.ERROR,
        "not-found",
        "not-found",
        "UNKNOWN_CODESYSTEM_VERSION",
        "A definition for CodeSystem '"
            + system
            + "' version '"
            + version
            + "' could not be found, so the code cannot be validated. Valid versions: "
            + orList(known),
        List.of(location));
  }

  public static Issue unknownCode(String code, CodeSystemInfo cs, String location) {
    String text =
        cs.version() == null
            ? "Unknown code '" + code + "' in the CodeSystem '" + cs.url() + "'"
            : "Unknown code '"
                + code
                + "' in the CodeSystem '"
                + cs.url()
                + "' version '"
                + cs.version()
                + "'";
    return new Issue(
        Severity.ERROR,
        "code-invalid",
        "invalid-code",
        cs.version() == null ? "Unknown_Code_in" : "Unknown_Code_in_Version",
        text,
        List.of(location));
  }

  public static Issue noCodeInSystem(String system, String location) {
    return new Issue(
        Severity.ERROR,
        "code-invalid",
        "invalid-code",
        "CPTX_NO_CODING_FOR_SYSTEM",
        "None of the codings is in the CodeSystem '" + system + "'",
        List.of(location));
  }

  public static Issue codingHasNoSystem(String location) {
    return new Issue(
        Severity.WARNING,
        "invalid",
        "invalid-data",
        "Coding_has_no_system__cannot_validate",
        "Coding has no system. A code with no system has no defined meaning, and it cannot be validated. A system"
            + " should be provided",
        List.of(location));
  }

  public static Issue inactiveConcept(String code, String status, String location) {
    return new Issue(
        Severity.WARNING,
        "business-rule",
        "code-comment",
        "INACTIVE_CONCEPT_FOUND",
        "The concept '" + code + "' has a status of " + status + " and its use should be reviewed",
        List.of(location));
  }

  public static Issue deprecatedConcept(String code, String location) {
    return new Issue(
        Severity.WARNING,
        "business-rule",
        "code-comment",
        "DEPRECATED_CONCEPT_FOUND",
        "The concept '" + code + "' is deprecated and its use should be reviewed",
        List.of(location));
  }

  public static Issue caseDifference(String given, String correct, String system, String location) {
    return new Issue(
        Severity.INFORMATION,
        "business-rule",
        "code-rule",
        "CODE_CASE_DIFFERENCE",
        "The code '"
            + given
            + "' differs from the correct code '"
            + correct
            + "' by case. Although the code system '"
            + system
            + "' is case insensitive, implementers are strongly encouraged to use the correct case anyway",
        List.of(location));
  }

  /**
   * Why an expansion that draws on a fragment of a code system is unclosed (the reference server's
   * words).
   */
  public static String unclosedFragment(String system) {
    return "This extension is based on a fragment of the code system " + system;
  }

  public static Issue unknownCodeInFragment(String code, CodeSystemInfo cs, String location) {
    return new Issue(
        Severity.WARNING,
        "code-invalid",
        "invalid-code",
        "UNKNOWN_CODE_IN_FRAGMENT",
        "Unknown Code '"
            + code
            + "' in the CodeSystem '"
            + cs.url()
            + "' version '"
            + cs.version()
            + "' - note that the code system is labeled as a fragment, so the code may be valid in some other fragment",
        List.of(location));
  }

  public static TerminologyException systemNotFound(
      String system, String version, List<String> known) {
    String text =
        version == null || known.isEmpty()
            ? "A definition for CodeSystem '" + system + "' could not be found"
            : "A definition for CodeSystem '"
                + system
                + "' version '"
                + version
                + "' could not be found. Valid versions: "
                + orList(known);
    return error(
        ErrorKind.NOT_FOUND,
        "not-found",
        version == null || known.isEmpty() ? "UNKNOWN_CODESYSTEM" : "UNKNOWN_CODESYSTEM_VERSION",
        text);
  }

  public static TerminologyException codeNotFound(String code, CodeSystemInfo cs) {
    Issue issue = unknownCode(code, cs, "code");
    return new TerminologyException(
        ErrorKind.NOT_FOUND,
        new Issue(
            Severity.ERROR,
            "not-found",
            "invalid-code",
            issue.messageId(),
            issue.text(),
            List.of()));
  }

  /**
   * A code not found, in the words of its code system's own finding (for example a malformed
   * expression).
   */
  public static TerminologyException codeNotFound(Issue finding) {
    return new TerminologyException(
        ErrorKind.NOT_FOUND,
        new Issue(
            Severity.ERROR,
            "not-found",
            finding.txType(),
            finding.messageId(),
            finding.text(),
            List.of()));
  }

  public static TerminologyException supplementMissing(String canonical) {
    return new TerminologyException(
        ErrorKind.NOT_FOUND,
        new Issue(
            Severity.ERROR,
            "not-found",
            "not-found",
            "VALUESET_SUPPLEMENT_MISSING",
            "Required supplement not found: " + canonical,
            List.of()));
  }
}
