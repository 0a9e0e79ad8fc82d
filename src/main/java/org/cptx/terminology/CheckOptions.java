package org.cptx.terminology;

/**
 * How a coding is checked against its code system, beyond the code itself.
 *
 * @param displayLanguage the displayLanguage asked for (raw, possibly a list with q-values), or
 *     null
 * @param lenientDisplay true when a wrong display is a warning, not an error
 * @param units the number of units the code is reported with (cptx's {@code units} input), or null
 *     when not given; the code system judges them
 */
public record CheckOptions(String displayLanguage, boolean lenientDisplay, Integer units) {

  /** No display language, strict displays, no units. */
  public static final CheckOptions DEFAULT = new CheckOptions(null, false, null);

  public CheckOptions withDisplayLanguage(String languages) {
    return new CheckOptions(languages, lenientDisplay, units);
  }

  public CheckOptions withLenientDisplay(boolean lenient) {
    return new CheckOptions(displayLanguage, lenient, units);
  }

  public CheckOptions withUnits(Integer reported) {
    return new CheckOptions(displayLanguage, lenientDisplay, reported);
  }
}
