package org.cptx.terminology.messages;

import static org.cptx.terminology.messages.Messages.orList;

import java.util.List;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.TerminologyException;

/**
 * The display section of the message catalogue: wrong, retired and missing displays, and the
 * display language.
 */
public final class DisplayMessages {

  private DisplayMessages() {}

  public static TerminologyException invalidLanguage(String value) {
    return new TerminologyException(
        ErrorKind.BAD_REQUEST,
        new Issue(
            Severity.ERROR,
            "processing",
            "invalid-display",
            "INVALID_DISPLAY_NAME",
            "Invalid displayLanguage: '" + value + "'",
            List.of()));
  }

  public static Issue wrongDisplay(
      String given,
      String code,
      List<String> shownChoices,
      String languages,
      boolean lenient,
      String location) {
    return new Issue(
        lenient ? Severity.WARNING : Severity.ERROR,
        "invalid",
        "invalid-display",
        "Display_Name_for__should_be_one_of__instead_of",
        "Wrong Display Name '"
            + given
            + "' for "
            + code
            + ". "
            + validDisplays(shownChoices)
            + " (for the language(s) '"
            + languages
            + "')",
        List.of(location));
  }

  /** A display that is right but for its whitespace. */
  public static Issue wrongDisplayWhitespace(
      String given,
      String code,
      List<String> shownChoices,
      String languages,
      boolean lenient,
      String location) {
    return new Issue(
        lenient ? Severity.WARNING : Severity.ERROR,
        "invalid",
        "invalid-display",
        "Display_Name_WS_for__should_be_one_of__instead_of",
        "Wrong whitespace in Display Name '"
            + given
            + "' for "
            + code
            + ". "
            + validDisplays(shownChoices)
            + " (for the language(s) '"
            + languages
            + "')",
        List.of(location));
  }

  private static String validDisplays(List<String> shownChoices) {
    return shownChoices.size() == 1
        ? "Valid display is " + shownChoices.get(0)
        : "Valid display is one of " + shownChoices.size() + " choices: " + orList(shownChoices);
  }

  public static Issue retiredDisplay(
      String given, String code, List<String> current, String location) {
    String choices =
        current.stream()
            .map(c -> "\"" + c + "\"")
            .collect(java.util.stream.Collectors.joining(", "));
    return new Issue(
        Severity.WARNING,
        "invalid",
        "display-comment",
        "INACTIVE_DISPLAY_FOUND",
        "'"
            + given
            + "' is no longer considered a correct display for code '"
            + code
            + "' (status = deprecated). The correct "
            + "display is one of "
            + choices
            + ".",
        List.of(location));
  }

  public static Issue noDisplayForLanguage(
      String given,
      String code,
      String languages,
      String defaultDisplay,
      boolean lenient,
      String location) {
    return new Issue(
        lenient ? Severity.WARNING : Severity.ERROR,
        "invalid",
        "invalid-display",
        "NO_VALID_DISPLAY_FOUND_NONE_FOR_LANG_ERR",
        "Wrong Display Name '"
            + given
            + "' for "
            + code
            + ". There are no valid display names found for language(s) '"
            + languages
            + "'. Default display is '"
            + defaultDisplay
            + "'",
        List.of(location));
  }

  public static Issue noDisplayDefined(String given, String code, String location) {
    return new Issue(
        Severity.WARNING,
        "invalid",
        "invalid-display",
        "CPTX_NO_DISPLAY_DEFINED",
        "The code "
            + code
            + " has no display (a post-coordinated expression has none), so the display '"
            + given
            + "' was not checked",
        List.of(location));
  }

  public static Issue noDisplayForLanguageOk(
      String code, String languages, String given, String location) {
    return new Issue(
        Severity.INFORMATION,
        "invalid",
        "invalid-display",
        "NO_VALID_DISPLAY_FOUND_NONE_FOR_LANG_OK",
        "There are no valid display names found for the code "
            + code
            + " for language(s) '"
            + languages
            + "'. The display is '"
            + given
            + "' which is a valid display for the default language",
        List.of(location));
  }
}
