package org.cptx.terminology;

import java.util.List;
import org.cptx.terminology.Issue.Severity;

/**
 * The one catalogue of messages. Each method builds one kind of {@link Issue} with a stable message id;
 * ids shared with the HL7 terminology ecosystem tests keep their names there.
 */
public final class Messages {

  /**
   * Notes that a validation reports as issues but leaves out of its one-line {@code message}: remarks about the
   * content drawn on rather than about the code given.
   */
  public static final java.util.Set<String> NOT_IN_MESSAGE = java.util.Set.of("UNKNOWN_CODE_IN_FRAGMENT",
      "CONCEPT_DEPRECATED_IN_VALUESET", "INACTIVE_DISPLAY_FOUND", "CODE_CASE_DIFFERENCE", "MSG_DRAFT",
      "VALUESET_VALUE_MISMATCH_DEFAULT",
      "MSG_EXPERIMENTAL", "MSG_DEPRECATED", "MSG_WITHDRAWN");

  private Messages() {}

  // ---- code-level findings (results, not errors) --------------------------------------------------

  public static Issue unknownSystem(String system, String location) {
    return new Issue(Severity.ERROR, "not-found", "not-found", "UNKNOWN_CODESYSTEM",
        "A definition for CodeSystem '" + system + "' could not be found, so the code cannot be validated",
        List.of(location));
  }

  public static TerminologyException invalidLanguage(String value) {
    return new TerminologyException(ErrorKind.BAD_REQUEST, new Issue(Severity.ERROR, "processing", "invalid-display",
        "INVALID_DISPLAY_NAME", "Invalid displayLanguage: '" + value + "'", List.of()));
  }

  public static Issue supplementAsSystem(String supplementCanonical, String location) {
    return new Issue(Severity.ERROR, "invalid", "invalid-data", "CODESYSTEM_CS_NO_SUPPLEMENT", "CodeSystem "
        + supplementCanonical + " is a supplement, so can't be used as a value in Coding.system", List.of(location));
  }

  /** A coding names a version of a system the server holds no version of. */
  public static Issue unknownSystemNoVersions(String system, String version, String location) {
    return new Issue(Severity.ERROR, "not-found", "not-found", "UNKNOWN_CODESYSTEM_VERSION_NONE",
        "A definition for CodeSystem '" + system + "' version '" + version + "' could not be found, so the code cannot "
            + "be validated. No versions of this code system are known", List.of(location));
  }

  public static Issue valueSetAsSystem(String url, String location) {
    return new Issue(Severity.ERROR, "invalid", "invalid-data", "Terminology_TX_System_ValueSet2",
        "The Coding references a value set, not a code system ('" + url + "')", List.of(location));
  }

  public static Issue relativeSystem(String location) {
    return new Issue(Severity.ERROR, "invalid", "invalid-data", "Terminology_TX_System_Relative",
        "Coding.system must be an absolute reference, not a local reference", List.of(location));
  }

  public static Issue unknownSystemVersion(String system, String version, List<String> known, String location) {
    return new Issue(Severity.ERROR, "not-found", "not-found", "UNKNOWN_CODESYSTEM_VERSION",
        "A definition for CodeSystem '" + system + "' version '" + version
            + "' could not be found, so the code cannot be validated. Valid versions: " + orList(known),
        List.of(location));
  }

  public static Issue unknownCode(String code, CodeSystemInfo cs, String location) {
    String text = cs.version() == null
        ? "Unknown code '" + code + "' in the CodeSystem '" + cs.url() + "'"
        : "Unknown code '" + code + "' in the CodeSystem '" + cs.url() + "' version '" + cs.version() + "'";
    return new Issue(Severity.ERROR, "code-invalid", "invalid-code",
        cs.version() == null ? "Unknown_Code_in" : "Unknown_Code_in_Version", text, List.of(location));
  }

  public static Issue wrongDisplay(String given, String code, List<String> shownChoices, String languages,
      boolean lenient, String location) {
    return new Issue(lenient ? Severity.WARNING : Severity.ERROR, "invalid", "invalid-display",
        "Display_Name_for__should_be_one_of__instead_of", "Wrong Display Name '" + given + "' for " + code + ". "
            + validDisplays(shownChoices) + " (for the language(s) '" + languages + "')", List.of(location));
  }

  /** A display that is right but for its whitespace. */
  public static Issue wrongDisplayWhitespace(String given, String code, List<String> shownChoices, String languages,
      boolean lenient, String location) {
    return new Issue(lenient ? Severity.WARNING : Severity.ERROR, "invalid", "invalid-display",
        "Display_Name_WS_for__should_be_one_of__instead_of", "Wrong whitespace in Display Name '" + given + "' for "
            + code + ". " + validDisplays(shownChoices) + " (for the language(s) '" + languages + "')",
        List.of(location));
  }

  private static String validDisplays(List<String> shownChoices) {
    return shownChoices.size() == 1
        ? "Valid display is " + shownChoices.get(0)
        : "Valid display is one of " + shownChoices.size() + " choices: " + orList(shownChoices);
  }

  public static Issue retiredDisplay(String given, String code, List<String> current, String location) {
    String choices = current.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(", "));
    return new Issue(Severity.WARNING, "invalid", "display-comment", "INACTIVE_DISPLAY_FOUND", "'" + given
        + "' is no longer considered a correct display for code '" + code + "' (status = deprecated). The correct "
        + "display is one of " + choices + ".", List.of(location));
  }

  public static Issue noDisplayForLanguage(String given, String code, String languages, String defaultDisplay,
      boolean lenient, String location) {
    return new Issue(lenient ? Severity.WARNING : Severity.ERROR, "invalid", "invalid-display",
        "NO_VALID_DISPLAY_FOUND_NONE_FOR_LANG_ERR", "Wrong Display Name '" + given + "' for " + code
            + ". There are no valid display names found for language(s) '" + languages + "'. Default display is '"
            + defaultDisplay + "'", List.of(location));
  }

  public static Issue noDisplayDefined(String given, String code, String location) {
    return new Issue(Severity.WARNING, "invalid", "invalid-display", "CPTX_NO_DISPLAY_DEFINED",
        "The code " + code + " has no display (a post-coordinated expression has none), so the display '" + given
            + "' was not checked", List.of(location));
  }

  public static Issue noDisplayForLanguageOk(String code, String languages, String given, String location) {
    return new Issue(Severity.INFORMATION, "invalid", "invalid-display", "NO_VALID_DISPLAY_FOUND_NONE_FOR_LANG_OK",
        "There are no valid display names found for the code " + code + " for language(s) '" + languages
            + "'. The display is '" + given + "' which is a valid display for the default language",
        List.of(location));
  }

  public static Issue noCodeInSystem(String system, String location) {
    return new Issue(Severity.ERROR, "code-invalid", "invalid-code", "CPTX_NO_CODING_FOR_SYSTEM",
        "None of the codings is in the CodeSystem '" + system + "'", List.of(location));
  }

  public static Issue includeVersionMismatch(String system, String includeVersion, String codingVersion,
      String location) {
    return new Issue(Severity.ERROR, "invalid", "vs-invalid", "VALUESET_VALUE_MISMATCH",
        "The code system '" + system + "' version '" + includeVersion
            + "' in the ValueSet include is different to the one in the value ('" + codingVersion + "')",
        List.of(location));
  }

  public static Issue changedVersionMismatch(String system, String effective, String stated, String codingVersion,
      String location) {
    return new Issue(Severity.ERROR, "invalid", "vs-invalid", "VALUESET_VALUE_MISMATCH_CHANGED",
        "The code system '" + system + "' version '" + effective + "' resulting from the version '"
            + (stated == null ? "" : stated) + "' in the ValueSet include is different to the one in the value ('"
            + codingVersion + "')", List.of(location));
  }

  public static Issue defaultVersionMismatch(String system, String used, String codingVersion, String location) {
    return new Issue(Severity.WARNING, "invalid", "vs-invalid", "VALUESET_VALUE_MISMATCH_DEFAULT",
        "The code system '" + system + "' version '" + used + "' for the versionless include in the ValueSet"
            + " include is different to the one in the value ('" + codingVersion + "')", List.of(location));
  }

  public static Issue versionCheckFailed(String system, String version, String required, String location) {
    return new Issue(Severity.ERROR, "exception", "version-error", "VALUESET_VERSION_CHECK",
        "The version '" + version + "' is not allowed for system '" + system + "': required to be '" + required
            + "' by a version-check parameter", location == null ? List.of() : List.of(location));
  }

  public static Issue unknownValueSetImport(String canonical) {
    return new Issue(Severity.ERROR, "not-found", "not-found", "Unable_to_resolve_value_Set_",
        "A definition for the value Set '" + canonical + "' could not be found", List.of());
  }

  /** An expansion's import of a value set version (pinned in the compose or by the request) that is not held. */
  public static Issue unknownPinnedImportInExpansion(String canonical) {
    int bar = canonical.indexOf('|');
    return new Issue(Severity.ERROR, "not-found", "not-found", "VS_EXP_IMPORT_UNK_PINNED",
        "Unable to find included value set '" + canonical.substring(0, bar) + "' version '"
            + canonical.substring(bar + 1) + "'", List.of());
  }

  public static Issue unknownSystemInCompose(String system, String version, List<String> known) {
    if (version == null || known.isEmpty()) {
      return new Issue(Severity.ERROR, "not-found", "not-found", "UNKNOWN_CODESYSTEM",
          "A definition for CodeSystem '" + system + "' could not be found, so the code cannot be validated",
          List.of());
    }
    return new Issue(Severity.ERROR, "not-found", "not-found", "UNKNOWN_CODESYSTEM_VERSION_EXP",
        "A definition for CodeSystem '" + system + "' version '" + version
            + "' could not be found, so the value set cannot be expanded. Valid versions: " + orList(known),
        List.of());
  }

  public static Issue abstractNotAllowed(String system, String code, String location) {
    return new Issue(Severity.ERROR, "business-rule", "code-rule", "ABSTRACT_CODE_NOT_ALLOWED", "Code '" + system
        + "#" + code + "' is abstract, and not allowed in this context", List.of(location));
  }

  /** @param version the version the coding states, or null */
  public static Issue notInValueSet(String system, String version, String code, String display, String valueSet,
      String location) {
    String shown = (system == null ? "" : system) + (version == null ? "" : "|" + version) + "#" + code + (display == null ? "" : " ('" + display + "')");
    return new Issue(Severity.ERROR, "code-invalid", "not-in-vs", "None_of_the_provided_codes_are_in_the_value_set_one",
        "The provided code '" + shown + "' was not found in the value set '" + valueSet + "'", List.of(location));
  }

  public static Issue noValidCoding(String valueSet) {
    return new Issue(Severity.ERROR, "code-invalid", "not-in-vs", "TX_GENERAL_CC_ERROR_MESSAGE",
        "No valid coding was found for the value set '" + valueSet + "'", List.of());
  }

  public static Issue codingHasNoSystem(String location) {
    return new Issue(Severity.WARNING, "invalid", "invalid-data", "Coding_has_no_system__cannot_validate",
        "Coding has no system. A code with no system has no defined meaning, and it cannot be validated. A system"
            + " should be provided", List.of(location));
  }

  public static Issue inactiveConcept(String code, String status, String location) {
    return new Issue(Severity.WARNING, "business-rule", "code-comment", "INACTIVE_CONCEPT_FOUND",
        "The concept '" + code + "' has a status of " + status + " and its use should be reviewed", List.of(location));
  }

  public static Issue deprecatedConcept(String code, String location) {
    return new Issue(Severity.WARNING, "business-rule", "code-comment", "DEPRECATED_CONCEPT_FOUND",
        "The concept '" + code + "' is deprecated and its use should be reviewed", List.of(location));
  }

  public static Issue notActive(String code, String location) {
    return new Issue(Severity.ERROR, "business-rule", "code-rule", "STATUS_CODE_WARNING_CODE",
        "The concept '" + code + "' is valid but is not active", List.of(location));
  }

  /** Information that a validation drew on content with a status worth knowing (draft, withdrawn, ...). */
  public static Issue statusReference(String status, String resourceType, String canonical) {
    String id = "MSG_" + status.toUpperCase(java.util.Locale.ROOT);
    return new Issue(Severity.INFORMATION, "business-rule", "status-check", id,
        "Reference to " + status + " " + resourceType + " " + canonical, List.of());
  }

  public static Issue deprecatedInValueSet(String code, String system, String valueSet, String location) {
    return new Issue(Severity.WARNING, "business-rule", "code-comment", "CONCEPT_DEPRECATED_IN_VALUESET",
        "The presence of the concept '" + code + "' in the system '" + system + "' in the value set " + valueSet
            + " is marked with a status of deprecated and its use should be reviewed", List.of(location));
  }

  public static Issue severalSystemsHold(String code, String valueSet, List<String> systems, String location) {
    return new Issue(Severity.ERROR, "not-found", "cannot-infer",
        "Unable_to_resolve_system__value_set_has_multiple_matches", "The System URI could not be determined for the "
            + "code '" + code + "' in the ValueSet '" + valueSet + "': value set expansion has multiple matches: "
            + systems, List.of(location));
  }

  public static Issue cannotInferSystem(String code, String valueSet, String location) {
    return new Issue(Severity.ERROR, "not-found", "cannot-infer", "UNABLE_TO_INFER_CODESYSTEM",
        "The System URI could not be determined for the code '" + code + "' in the ValueSet '" + valueSet + "'",
        List.of(location));
  }

  /** A not-in-value-set finding about one coding of a CodeableConcept, as information. */
  public static Issue codingNotInValueSet(Issue notInValueSet) {
    return new Issue(Severity.INFORMATION, notInValueSet.type(), "this-code-not-in-vs", notInValueSet.messageId(),
        notInValueSet.text(), notInValueSet.location());
  }

  // ---- request-level errors ----------------------------------------------------------------------

  public static TerminologyException systemNotFound(String system, String version, List<String> known) {
    String text = version == null || known.isEmpty()
        ? "A definition for CodeSystem '" + system + "' could not be found"
        : "A definition for CodeSystem '" + system + "' version '" + version + "' could not be found. Valid versions: "
            + orList(known);
    return error(ErrorKind.NOT_FOUND, "not-found", version == null || known.isEmpty()
        ? "UNKNOWN_CODESYSTEM" : "UNKNOWN_CODESYSTEM_VERSION", text);
  }

  public static TerminologyException codeNotFound(String code, CodeSystemInfo cs) {
    Issue issue = unknownCode(code, cs, "code");
    return new TerminologyException(ErrorKind.NOT_FOUND,
        new Issue(Severity.ERROR, "not-found", "invalid-code", issue.messageId(), issue.text(), List.of()));
  }

  /** A code not found, in the words of its code system's own finding (for example a malformed expression). */
  public static TerminologyException codeNotFound(Issue finding) {
    return new TerminologyException(ErrorKind.NOT_FOUND,
        new Issue(Severity.ERROR, "not-found", finding.txType(), finding.messageId(), finding.text(), List.of()));
  }

  public static TerminologyException resourceNotFound(String type, String id) {
    return error(ErrorKind.NOT_FOUND, "not-found", "CPTX_RESOURCE_NOT_FOUND",
        type + "/" + id + " is not known to this server");
  }

  public static TerminologyException missingParameter(String operation, String what) {
    return error(ErrorKind.BAD_REQUEST, "required", "CPTX_PARAMETER_MISSING",
        operation + " needs " + what);
  }

  public static TerminologyException unknownParameter(String operation, String name, List<String> known) {
    return error(ErrorKind.BAD_REQUEST, "not-supported", "CPTX_PARAMETER_UNKNOWN",
        "Unknown parameter '" + name + "' for " + operation + "; known parameters: " + String.join(", ", known));
  }

  public static TerminologyException repeatedParameter(String operation, String name) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_PARAMETER_REPEATED",
        "Parameter '" + name + "' of " + operation + " may appear only once");
  }

  public static TerminologyException wrongParameterType(String operation, String name, String expected) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_PARAMETER_TYPE",
        "Parameter '" + name + "' of " + operation + " must be a " + expected);
  }

  public static TerminologyException parameterNotByGet(String operation, String name) {
    return error(ErrorKind.BAD_REQUEST, "not-supported", "CPTX_PARAMETER_POST_ONLY",
        "Parameter '" + name + "' of " + operation + " is a complex type: send it with POST in a Parameters resource");
  }

  public static TerminologyException parameterTooLong(String name, int length) {
    return error(ErrorKind.BAD_REQUEST, "too-long", "CPTX_PARAMETER_TOO_LONG",
        "Parameter '" + name + "' is " + length + " characters long; the limit is " + Limits.MAX_PARAMETER_LENGTH);
  }

  public static TerminologyException tooManyParameters(int count) {
    return error(ErrorKind.BAD_REQUEST, "too-costly", "CPTX_TOO_MANY_PARAMETERS",
        "The request has " + count + " parameters; the limit is " + Limits.MAX_PARAMETERS);
  }

  public static TerminologyException contradiction(String operation, String what) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_PARAMETER_CONFLICT", operation + ": " + what);
  }

  public static TerminologyException wrongBody(String operation, String resourceType) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_BODY_NOT_PARAMETERS",
        operation + " takes a Parameters resource as its body, not " + resourceType);
  }

  public static TerminologyException readOnly(String method) {
    return error(ErrorKind.NOT_SUPPORTED, "not-supported", "CPTX_READ_ONLY",
        "This server is read-only: " + method + " is not allowed");
  }

  public static TerminologyException unsupportedFormat(String format) {
    return error(ErrorKind.NOT_ACCEPTABLE, "not-supported", "CPTX_FORMAT_UNSUPPORTED",
        "Unsupported _format '" + format + "'; use json or xml (application/fhir+json, application/fhir+xml)");
  }

  public static TerminologyException valueSetNotFound(String url, String version) {
    String canonical = version == null ? url : url + "|" + version;
    return error(ErrorKind.NOT_FOUND, "not-found", "Unable_to_resolve_value_Set_",
        "A definition for the value Set '" + canonical + "' could not be found");
  }

  public static TerminologyException supplementMissing(String canonical) {
    return new TerminologyException(ErrorKind.NOT_FOUND, new Issue(Severity.ERROR, "not-found", "not-found",
        "VALUESET_SUPPLEMENT_MISSING", "Required supplement not found: " + canonical, List.of()));
  }

  /** A check-system-version the content in scope fails, as a request error. */
  public static TerminologyException versionCheck(Issue failed) {
    return new TerminologyException(ErrorKind.BAD_REQUEST, failed);
  }

  public static TerminologyException composeProblem(Issue problem) {
    return new TerminologyException(ErrorKind.NOT_FOUND, problem);
  }

  /** The reference servers send this one without a message id; so does cptx, so clients match it by text alike. */
  public static TerminologyException noCodeToValidate() {
    return error(ErrorKind.BAD_REQUEST, "invalid", null, "Unable to find code to validate"
        + " (looked for coding | codeableConcept | code+system | code+inferSystem in parameters");
  }

  public static TerminologyException circularValueSet(String canonical, List<String> pathway) {
    return new TerminologyException(ErrorKind.BAD_REQUEST, new Issue(Severity.ERROR, "processing", "vs-invalid",
        "VALUESET_CIRCULAR_REFERENCE", "Found a circularity pointing to " + canonical
            + " processing ValueSet with pathway [" + String.join(", ", pathway) + "]", List.of()));
  }

  public static TerminologyException filterWithoutValue(String system, String property, String op, String location) {
    return new TerminologyException(ErrorKind.BAD_REQUEST, new Issue(Severity.ERROR, "invalid", "vs-invalid",
        "UNABLE_TO_HANDLE_SYSTEM_FILTER_WITH_NO_VALUE", "The system " + system + " filter with property = "
            + property + ", op = " + op + " has no value", List.of(location)));
  }

  public static Issue caseDifference(String given, String correct, String system, String location) {
    return new Issue(Severity.INFORMATION, "business-rule", "code-rule", "CODE_CASE_DIFFERENCE",
        "The code '" + given + "' differs from the correct code '" + correct + "' by case. Although the code system '"
            + system + "' is case insensitive, implementers are strongly encouraged to use the correct case anyway",
        List.of(location));
  }

  /** Why an expansion that draws on a fragment of a code system is unclosed (the reference server's words). */
  public static String unclosedFragment(String system) {
    return "This extension is based on a fragment of the code system " + system;
  }

  public static Issue unknownCodeInFragment(String code, CodeSystemInfo cs, String location) {
    return new Issue(Severity.WARNING, "code-invalid", "invalid-code", "UNKNOWN_CODE_IN_FRAGMENT",
        "Unknown Code '" + code + "' in the CodeSystem '" + cs.url() + "' version '" + cs.version()
            + "' - note that the code system is labeled as a fragment, so the code may be valid in some other fragment",
        List.of(location));
  }

  public static TerminologyException valueSetTooDeep(String canonical) {
    return error(ErrorKind.BAD_REQUEST, "processing", "CPTX_VALUESET_TOO_DEEP",
        "The value set '" + canonical + "' imports value sets more than " + Limits.MAX_VALUE_SET_DEPTH
            + " levels deep (or imports itself)");
  }

  public static TerminologyException tooCostly(String canonical, int total, int limit) {
    return error(ErrorKind.TOO_COSTLY, "too-costly", "VALUESET_TOO_COSTLY",
        "The value set '" + canonical + "' expansion has " + total + " codes, more than the limit of "
            + limit + "; use count and offset to page it, or a filter");
  }

  public static TerminologyException badFilterValue(String op, String property, String value, String expected) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_FILTER_VALUE",
        "The filter '" + property + " " + op + " " + value + "' needs a value that is " + expected);
  }

  public static TerminologyException unsupportedFilter(String op, String property, String system) {
    return error(ErrorKind.BAD_REQUEST, "not-supported", "CPTX_FILTER_UNSUPPORTED",
        "The filter operator '" + op + "' (on property '" + property + "') is not supported for " + system);
  }

  public static TerminologyException badRegex(String regex, String problem) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_REGEX_INVALID",
        "The regex filter '" + regex + "' is not a usable regular expression: " + problem);
  }

  /** A request the HTTP layer refused before the FHIR endpoint saw it (URI or headers too long, malformed). */
  public static Issue requestRefused(int status, String reason) {
    boolean tooLong = status == 413 || status == 414 || status == 431;
    return new Issue(Severity.ERROR, tooLong ? "too-long" : "invalid", null, "CPTX_REQUEST_REFUSED",
        "The HTTP request was refused: " + status + " " + reason
            + (status == 414 ? "; send long parameters with POST in a Parameters resource" : ""), List.of());
  }

  /** "a", "a or b", "a, b or c". */
  static String orList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  private static TerminologyException error(ErrorKind kind, String type, String id, String text) {
    String txType = kind == ErrorKind.NOT_FOUND ? "not-found" : null;
    return new TerminologyException(kind, new Issue(Severity.ERROR, type, txType, id, text, List.of()));
  }
}
