package org.cptx.terminology.codesystem.cpt;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of CPT codes and code ranges such as {@code 20100-69990, 92920}. A range holds the codes
 * of the same shape as its ends (same length, same final character class: {@code 0001F-9999F} holds
 * no numeric code) that lie between them in text order, which for CPT's fixed-width codes is
 * numeric order.
 */
public final class CodeRanges {

  private record Range(String low, String high) {

    boolean contains(String code) {
      return code.length() == low.length()
          && sameShape(code, low)
          && code.compareTo(low) >= 0
          && code.compareTo(high) <= 0;
    }

    private static boolean sameShape(String a, String b) {
      char x = a.charAt(a.length() - 1);
      char y = b.charAt(b.length() - 1);
      return Character.isDigit(x) ? Character.isDigit(y) : x == y;
    }
  }

  private final List<Range> ranges;
  private final String text;

  private CodeRanges(List<Range> ranges, String text) {
    this.ranges = List.copyOf(ranges);
    this.text = text;
  }

  /**
   * Parses a comma-separated list of codes and {@code low-high} ranges.
   *
   * @throws IllegalArgumentException when a part is empty or a range's ends differ in shape or
   *     order
   */
  public static CodeRanges parse(String text) {
    List<Range> ranges = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String p = part.trim();
      int dash = p.indexOf('-');
      String low = dash < 0 ? p : p.substring(0, dash).trim();
      String high = dash < 0 ? p : p.substring(dash + 1).trim();
      if (low.isEmpty()
          || high.isEmpty()
          || low.length() != high.length()
          || low.compareTo(high) > 0
          || !Range.sameShape(low, high)) {
        throw new IllegalArgumentException(
            "'" + p + "' is not a code or a range of codes of one shape");
      }
      ranges.add(new Range(low, high));
    }
    return new CodeRanges(ranges, text);
  }

  public boolean contains(String code) {
    return code != null && !code.isEmpty() && ranges.stream().anyMatch(r -> r.contains(code));
  }

  @Override
  public String toString() {
    return text;
  }
}
