package org.cptx.terminology.messages;

import java.util.regex.Pattern;
import org.cptx.terminology.Limits;

/**
 * What an error message may repeat of what a client sent: a short prefix, never the whole of a long
 * value, and no Java class names or library error codes from a parser's message.
 */
public final class Echo {

  private static final Pattern CLASS_NAME =
      Pattern.compile(
          "\\b(?:java|javax|jakarta|ca\\.uhn|org|com|net)\\.(?:[A-Za-z_$][\\w$]*\\.)*[A-Za-z_$][\\w$]*");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final Pattern LIBRARY_CODE = Pattern.compile("\\bHAPI-\\d+:\\s*");

  private Echo() {}

  /** The value, or its first {@link Limits#MAX_ECHO} characters and a note of how long it was. */
  public static String prefix(String value) {
    if (value == null) {
      return "";
    }
    if (value.length() <= Limits.MAX_ECHO) {
      return value;
    }
    return value.substring(0, Limits.MAX_ECHO) + "... (" + value.length() + " characters)";
  }

  /** A library's error text made fit to show: no class names or library codes, values cut short. */
  public static String clean(String text) {
    if (text == null || text.isBlank()) {
      return "the request could not be processed";
    }
    String head =
        text.length() > 4 * Limits.MAX_ECHO ? text.substring(0, 4 * Limits.MAX_ECHO) : text;
    String cleaned = LIBRARY_CODE.matcher(head).replaceAll("");
    cleaned = CLASS_NAME.matcher(cleaned).replaceAll("(internal)");
    cleaned = CONTROL.matcher(cleaned).replaceAll("?");
    return cleaned.length() > 2 * Limits.MAX_ECHO
        ? cleaned.substring(0, 2 * Limits.MAX_ECHO) + "..."
        : cleaned;
  }

  /** An issue text cut to {@link Limits#MAX_ERROR_TEXT} characters. */
  public static String bounded(String text) {
    if (text == null) {
      return null;
    }
    String shown = CONTROL.matcher(text).replaceAll("?");
    return shown.length() <= Limits.MAX_ERROR_TEXT
        ? shown
        : shown.substring(0, Limits.MAX_ERROR_TEXT) + "...";
  }
}
