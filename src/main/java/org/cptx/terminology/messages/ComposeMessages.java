package org.cptx.terminology.messages;

import static org.cptx.terminology.messages.Messages.error;
import static org.cptx.terminology.messages.Messages.orList;

import java.util.List;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.Limits;
import org.cptx.terminology.TerminologyException;

/**
 * The compose section of the message catalogue: value sets and imports that cannot be resolved,
 * compose problems, filters, and expansions too deep or too costly.
 */
public final class ComposeMessages {

  private ComposeMessages() {}

  public static TerminologyException valueSetNotFound(String url, String version) {
    String canonical = version == null ? url : url + "|" + version;
    return error(
        ErrorKind.NOT_FOUND,
        "not-found",
        "Unable_to_resolve_value_Set_",
        "A definition for the value Set '" + canonical + "' could not be found");
  }

  public static Issue unknownValueSetImport(String canonical) {
    return new Issue(
        Severity.ERROR,
        "not-found",
        "not-found",
        "Unable_to_resolve_value_Set_",
        "A definition for the value Set '" + canonical + "' could not be found",
        List.of());
  }

  /**
   * An expansion's import of a value set version (pinned in the compose or by the request) that is
   * not held.
   */
  public static Issue unknownPinnedImportInExpansion(String canonical) {
    int bar = canonical.indexOf('|');
    return new Issue(
        Severity.ERROR,
        "not-found",
        "not-found",
        "VS_EXP_IMPORT_UNK_PINNED",
        "Unable to find included value set '"
            + canonical.substring(0, bar)
            + "' version '"
            + canonical.substring(bar + 1)
            + "'",
        List.of());
  }

  public static Issue unknownSystemInCompose(String system, String version, List<String> known) {
    if (version == null || known.isEmpty()) {
      return new Issue(
          Severity.ERROR,
          "not-found",
          "not-found",
          "UNKNOWN_CODESYSTEM",
          "A definition for CodeSystem '"
              + system
              + "' could not be found, so the code cannot be validated",
          List.of());
    }
    return new Issue(
        Severity.ERROR,
        "not-found",
        "not-found",
        "UNKNOWN_CODESYSTEM_VERSION_EXP",
        "A definition for CodeSystem '"
            + system
            + "' version '"
            + version
            + "' could not be found, so the value set cannot be expanded. Valid versions: "
            + orList(known),
        List.of());
  }

  public static TerminologyException composeProblem(Issue problem) {
    return new TerminologyException(ErrorKind.NOT_FOUND, problem);
  }

  public static TerminologyException circularValueSet(String canonical, List<String> pathway) {
    return new TerminologyException(
        ErrorKind.BAD_REQUEST,
        new Issue(
            Severity.ERROR,
            "processing",
            "vs-invalid",
            "VALUESET_CIRCULAR_REFERENCE",
            "Found a circularity pointing to "
                + canonical
                + " processing ValueSet with pathway ["
                + String.join(", ", pathway)
                + "]",
            List.of()));
  }

  public static TerminologyException filterWithoutValue(
      String system, String property, String op, String location) {
    return new TerminologyException(
        ErrorKind.BAD_REQUEST,
        new Issue(
            Severity.ERROR,
            "invalid",
            "vs-invalid",
            "UNABLE_TO_HANDLE_SYSTEM_FILTER_WITH_NO_VALUE",
            "The system "
                + system
                + " filter with property = "
                + property
                + ", op = "
                + op
                + " has no value",
            List.of(location)));
  }

  public static TerminologyException valueSetTooDeep(String canonical) {
    return error(
        ErrorKind.BAD_REQUEST,
        "processing",
        "CPTX_VALUESET_TOO_DEEP",
        "The value set '"
            + canonical
            + "' imports value sets more than "
            + Limits.MAX_VALUE_SET_DEPTH
            + " levels deep (or imports itself)");
  }

  public static TerminologyException tooCostly(String canonical, int total, int limit) {
    return error(
        ErrorKind.TOO_COSTLY,
        "too-costly",
        "VALUESET_TOO_COSTLY",
        "The value set '"
            + canonical
            + "' expansion has "
            + total
            + " codes, more than the limit of "
            + limit
            + "; use count and offset to page it, or a filter");
  }

  public static TerminologyException badFilterValue(
      String op, String property, String value, String expected) {
    return error(
        ErrorKind.BAD_REQUEST,
        "invalid",
        "CPTX_FILTER_VALUE",
        "The filter '" + property + " " + op + " " + value + "' needs a value that is " + expected);
  }

  public static TerminologyException unsupportedFilter(String op, String property, String system) {
    return error(
        ErrorKind.BAD_REQUEST,
        "not-supported",
        "CPTX_FILTER_UNSUPPORTED",
        "The filter operator '"
            + op
            + "' (on property '"
            + property
            + "') is not supported for "
            + system);
  }

  public static TerminologyException badRegex(String regex, String problem) {
    return error(
        ErrorKind.BAD_REQUEST,
        "invalid",
        "CPTX_REGEX_INVALID",
        "The regex filter '" + regex + "' is not a usable regular expression: " + problem);
  }
}
