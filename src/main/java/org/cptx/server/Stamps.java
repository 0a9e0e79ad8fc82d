package org.cptx.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stamps an answer gives itself (an expansion's identifier and timestamp, a search Bundle's id
 * and lastUpdated), in JSON and XML: values that differ from request to request while the answer
 * says the same thing. {@link #remove} takes them out for a tag that stays the same.
 */
final class Stamps {

  /**
   * The stamps; group 1 keeps a JSON name so only the value goes. {@link #remove} gives what {@code
   * PATTERN.matcher(text).replaceAll("$1")} gives.
   */
  static final Pattern PATTERN =
      Pattern.compile(
          "(\"(?:identifier|timestamp|lastUpdated)\"\\s*:\\s*)\"(?:urn:uuid:[0-9a-f-]{36}|[0-9T:.+\\-Z]{10,40})\""
              + "|(<(?:identifier|timestamp|lastUpdated) value=)\"(?:urn:uuid:[0-9a-f-]{36}|[0-9T:.+\\-Z]{10,40})\""
              + "|(\"resourceType\"\\s*:\\s*\"Bundle\"\\s*,\\s*\"id\"\\s*:\\s*)\"[0-9a-f-]{36}\""
              + "|(<Bundle xmlns=\"http://hl7.org/fhir\">\\s*<id value=)\"[0-9a-f-]{36}\"");

  /**
   * Where a stamp can start: every match of {@link #PATTERN} begins with one of these. The pattern
   * is tried only there, instead of at every character of the answer.
   */
  private static final String[] STARTS = {
    "\"identifier\"",
    "\"timestamp\"",
    "\"lastUpdated\"",
    "<identifier value=",
    "<timestamp value=",
    "<lastUpdated value=",
    "\"resourceType\"",
    "<Bundle xmlns=",
  };

  private Stamps() {}

  /** Every stamp holds one of these words: an answer without any holds no stamp. */
  private static final String[] WORDS = {"identifier", "timestamp", "lastUpdated", "Bundle"};

  /** The text without its stamps; the same instance when it holds none. */
  static String remove(String text) {
    boolean any = false;
    for (String word : WORDS) {
      any |= text.contains(word);
    }
    if (!any) {
      return text;
    }
    int[] next = new int[STARTS.length];
    for (int i = 0; i < STARTS.length; i++) {
      next[i] = text.indexOf(STARTS[i]);
    }
    Matcher matcher = null;
    StringBuilder out = null;
    int copied = 0;
    for (int at = first(next); at >= 0; at = first(next)) {
      int resume = at + 1;
      if (!text.startsWith(RESOURCE_TYPE, at) || bundleAfter(text, at + RESOURCE_TYPE.length())) {
        matcher = matcher == null ? PATTERN.matcher(text) : matcher;
        matcher.region(at, text.length());
        if (matcher.lookingAt()) {
          out = out == null ? new StringBuilder(text.length()) : out;
          out.append(text, copied, at);
          String kept = matcher.group(1);
          if (kept != null) {
            out.append(kept);
          }
          copied = matcher.end();
          resume = Math.max(resume, copied);
        }
      }
      advance(text, next, resume);
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static final String RESOURCE_TYPE = "\"resourceType\"";

  /**
   * Whether {@code : "Bundle"} follows (with the blanks {@code \\s} allows): else a {@code
   * resourceType} cannot start a stamp, and the pattern need not be tried there.
   */
  private static boolean bundleAfter(String text, int from) {
    int at = blanks(text, from);
    if (at >= text.length() || text.charAt(at) != ':') {
      return false;
    }
    return text.startsWith("\"Bundle\"", blanks(text, at + 1));
  }

  private static int blanks(String text, int from) {
    int at = from;
    while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  private static int first(int[] next) {
    int min = -1;
    for (int n : next) {
      if (n >= 0 && (min < 0 || n < min)) {
        min = n;
      }
    }
    return min;
  }

  /** Moves every start found before {@code from} to its next occurrence at or after it. */
  private static void advance(String text, int[] next, int from) {
    for (int i = 0; i < next.length; i++) {
      if (next[i] >= 0 && next[i] < from) {
        next[i] = text.indexOf(STARTS[i], from);
      }
    }
  }
}
