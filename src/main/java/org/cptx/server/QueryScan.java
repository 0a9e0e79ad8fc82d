package org.cptx.server;

/**
 * A look at a raw query string without decoding it: how many pairs it holds, and whether a name or
 * value holds a control character once decoded. A %-escape is a byte of the decoded UTF-8: only one
 * below 0x20 or 0x7f decodes to a control character (bytes of multi-byte characters are 0x80 and
 * over), so the escapes need not be decoded to tell.
 */
final class QueryScan {

  /** No control character. */
  static final int NONE = 0;

  /** A control character (in a value: other than tab, line feed and carriage return). */
  static final int FOUND = 1;

  /** A %-escape that is not two hex digits: only decoding tells what it is. */
  static final int IRREGULAR = 2;

  private QueryScan() {}

  /** The number of {@code &}-separated pairs, empty ones included. */
  static int pairs(String query) {
    int n = 1;
    for (int at = query.indexOf('&'); at >= 0; at = query.indexOf('&', at + 1)) {
      n++;
    }
    return n;
  }

  /**
   * Whether {@code text[from, to)} holds a control character once decoded ({@link #FOUND}), none
   * ({@link #NONE}), or an escape only decoding can tell ({@link #IRREGULAR}).
   */
  static int controls(String text, int from, int to, boolean value) {
    int found = NONE;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int code = c;
      if (c == '%') {
        if (i + 2 >= to) {
          return IRREGULAR;
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0 || !ascii(text.charAt(i + 1)) || !ascii(text.charAt(i + 2))) {
          return IRREGULAR;
        }
        code = high * 16 + low;
        i += 3;
      } else {
        i++;
      }
      if (control(code, value)) {
        found = FOUND;
      }
    }
    return found;
  }

  /**
   * Whether every character of the query is ASCII and every %-escape two hex digits of an ASCII
   * byte: a query the servlet layer decodes without fail. It refuses others (a 400 for bytes that
   * are not UTF-8, for instance), and must then still be asked.
   */
  static boolean plainAscii(String query) {
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      if (c == '%') {
        if (i + 2 >= query.length()) {
          return false;
        }
        int high = Character.digit(query.charAt(i + 1), 16);
        int low = Character.digit(query.charAt(i + 2), 16);
        if (high < 0
            || high > 7
            || low < 0
            || !ascii(query.charAt(i + 1))
            || !ascii(query.charAt(i + 2))) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  private static boolean ascii(char c) {
    return c < 0x80;
  }

  private static boolean control(int c, boolean value) {
    if (value && (c == '\t' || c == '\n' || c == '\r')) {
      return false;
    }
    return c < 0x20 || c == 0x7f;
  }
}
