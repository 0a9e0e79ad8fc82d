package org.cptx.fhir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A GET query's parameters, read as HAPI's plain server reads them (its {@code
 * UrlUtil.parseQueryString}): pairs split at {@code &}, blank ones skipped, name and value split at
 * the first {@code =}, each unescaped as {@code application/x-www-form-urlencoded} UTF-8 ({@code +}
 * is a space, except in a text starting {@code application/}), values of a repeated name kept in
 * order. One pass over the query, without the tokenizer, list map and charset lookups of HAPI's.
 * {@code QueryStringsTest} compares the two over random queries.
 */
final class QueryStrings {

  private QueryStrings() {}

  /**
   * @throws IllegalArgumentException for a malformed escape, as HAPI's reading does
   */
  static Map<String, String[]> parse(String query) {
    Map<String, String[]> out = new HashMap<>();
    int from = query.startsWith("?") ? 1 : 0;
    while (from <= query.length()) {
      int end = query.indexOf('&', from);
      end = end < 0 ? query.length() : end;
      if (!blank(query, from, end)) {
        int equals = query.indexOf('=', from);
        boolean split = equals >= 0 && equals < end;
        String name = unescape(query, from, split ? equals : end);
        String value = split ? unescape(query, equals + 1, end) : "";
        String[] known = out.get(name);
        if (known == null) {
          out.put(name, new String[] {value});
        } else {
          String[] more = Arrays.copyOf(known, known.length + 1);
          more[known.length] = value;
          out.put(name, more);
        }
      }
      from = end + 1;
    }
    return out;
  }

  /** Whether the range holds only whitespace (or nothing). */
  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String unescape(String s, int from, int to) {
    boolean plusIsSpace = !s.startsWith("application/", from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%' || (c == '+' && plusIsSpace)) {
        return decode(s, from, to);
      }
    }
    return s.substring(from, to);
  }

  /** As {@code URLDecoder.decode(text, UTF_8)}: {@code +} a space, runs of %XX as UTF-8 bytes. */
  private static String decode(String s, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    ByteArrayOutputStream bytes = null;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '+') {
        out.append(' ');
        i++;
      } else if (c != '%') {
        out.append(c);
        i++;
      } else {
        bytes = bytes == null ? new ByteArrayOutputStream((to - i) / 3) : bytes;
        bytes.reset();
        while (i + 2 < to && s.charAt(i) == '%') {
          bytes.write(hex(s, i + 1));
          i += 3;
        }
        if (i < to && s.charAt(i) == '%') {
          throw new IllegalArgumentException("incomplete trailing escape (%) pattern");
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
      }
    }
    return out.toString();
  }

  /** The byte the two characters at {@code at} give, read as {@code URLDecoder} reads them. */
  private static int hex(String s, int at) {
    int value;
    try {
      value = Integer.parseInt(s, at, at + 2, 16);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("illegal hex characters in escape (%) pattern", e);
    }
    if (value < 0) {
      throw new IllegalArgumentException("illegal hex characters in escape (%) pattern");
    }
    return value;
  }
}
