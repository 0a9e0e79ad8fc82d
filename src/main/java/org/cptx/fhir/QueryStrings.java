package org.cptx.fhir;

import ca.uhn.fhir.util.UrlUtil;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A query string parsed exactly as HAPI's {@code UrlUtil.parseQueryString} parses it (tokens
 * between {@code &}, blank ones skipped, the name before the first {@code =}, each part unescaped
 * by {@code UrlUtil.unescape}), with less work: no tokenizer and intermediate lists, and a part
 * whose escapes all stand for ASCII characters decoded here rather than by {@code URLDecoder}. A
 * part with any other escape (non-ASCII, malformed) goes to {@code UrlUtil.unescape} itself.
 */
final class QueryStrings {

  private QueryStrings() {}

  static Map<String, String[]> parse(String query) {
    Map<String, String[]> params = new HashMap<>();
    if (query == null) {
      return params;
    }
    int start = query.startsWith("?") ? 1 : 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      if (!blank(query, start, end)) {
        add(params, query, start, end);
      }
      start = end + 1;
    }
    return params;
  }

  private static void add(Map<String, String[]> params, String query, int start, int end) {
    int equals = query.indexOf('=', start);
    String name;
    String value;
    if (equals < 0 || equals >= end) {
      name = unescape(query.substring(start, end));
      value = "";
    } else {
      name = unescape(query.substring(start, equals));
      value = unescape(query.substring(equals + 1, end));
    }
    String[] values = params.get(name);
    if (values == null) {
      params.put(name, new String[] {value});
    } else {
      String[] more = Arrays.copyOf(values, values.length + 1);
      more[values.length] = value;
      params.put(name, more);
    }
  }

  /** Whether the token is empty or whitespace only, as {@code StringUtils.isBlank} says. */
  private static boolean blank(String query, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(query.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code UrlUtil.unescape}, decoding here when every escape stands for an ASCII character. */
  static String unescape(String part) {
    if (part.indexOf('%') < 0 && part.indexOf('+') < 0 || part.startsWith("application/")) {
      return UrlUtil.unescape(part);
    }
    StringBuilder out = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '+') {
        out.append(' ');
      } else if (c != '%') {
        out.append(c);
      } else {
        int byteValue = i + 2 < part.length() ? hex(part, i + 1) : -1;
        if (byteValue < 0 || byteValue >= 0x80) {
          return UrlUtil.unescape(part);
        }
        out.append((char) byteValue);
        i += 2;
      }
    }
    return out.toString();
  }

  /** The byte two ASCII hex digits spell; -1 when they are not two such digits. */
  private static int hex(String text, int at) {
    int high = hexDigit(text.charAt(at));
    int low = hexDigit(text.charAt(at + 1));
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  private static int hexDigit(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
