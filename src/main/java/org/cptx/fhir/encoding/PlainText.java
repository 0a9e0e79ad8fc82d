package org.cptx.fhir.encoding;

/**
 * Texts that HAPI's datatypes take and give back unchanged, so that the engine's text can be
 * written as it is: a decimal without exponent or leading zeros, a date of {@code YYYY}, {@code
 * YYYY-MM} or {@code YYYY-MM-DD} that exists in the Gregorian calendar from 1583 on (before, HAPI's
 * calendar is the Julian one). Any other text goes through the datatype, which checks (and may
 * refuse) it as on HAPI's path.
 */
final class PlainText {

  private PlainText() {}

  /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}: a valid BigDecimal and a valid JSON number. */
  static boolean decimal(String text) {
    if (text == null) {
      return false;
    }
    int i = text.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < text.length() && digit(text.charAt(i))) {
      i++;
    }
    int digits = i - start;
    if (digits == 0 || digits > 1 && text.charAt(start) == '0') {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.' || i + 1 == text.length()) {
      return false;
    }
    for (i++; i < text.length(); i++) {
      if (!digit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A date of the year 1583 to 9999 at the precision of a year, a month or a day. */
  static boolean date(String text) {
    if (text == null) {
      return false;
    }
    int n = text.length();
    if (n != 4 && n != 7 && n != 10 || number(text, 0, 4) < 1583) {
      return false;
    }
    if (n == 4) {
      return true;
    }
    int month = text.charAt(4) == '-' ? number(text, 5, 7) : -1;
    if (month < 1 || month > 12) {
      return false;
    }
    if (n == 7) {
      return true;
    }
    int day = text.charAt(7) == '-' ? number(text, 8, 10) : -1;
    return day >= 1 && day <= days(number(text, 0, 4), month);
  }

  private static int days(int year, int month) {
    return switch (month) {
      case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The number the digits from start to end spell; -1 when one is not a digit. */
  private static int number(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!digit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
