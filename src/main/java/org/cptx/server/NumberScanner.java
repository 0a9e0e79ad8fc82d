package org.cptx.server;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptx.terminology.Limits;

/**
 * Finds, before a body is parsed, a number that would cost far more to expand than it took to send:
 * more than {@link Limits#MAX_NUMBER_DIGITS} digits, or an exponent beyond {@link
 * Limits#MAX_NUMBER_EXPONENT} ({@code 1e99999999} is 12 bytes and a hundred million digits once
 * written out). JSON numbers are looked at outside strings; in XML, attribute values that are
 * numbers in exponent form.
 */
final class NumberScanner {

  private static final Pattern XML_VALUE =
      Pattern.compile("=\\s*[\"']\\s*([-+]?[0-9.]*[eE][-+]?[0-9]+)\\s*[\"']");

  private NumberScanner() {}

  /** The first number over the limits in the body, or null. */
  static String tooLarge(byte[] body, int length, boolean xml) {
    String text = new String(body, 0, length, StandardCharsets.UTF_8);
    return xml ? inXml(text) : inJson(text);
  }

  private static String inJson(String text) {
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        int end = i;
        while (end < text.length() && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        String number = text.substring(i, end);
        if (overLimits(number)) {
          return number;
        }
        i = end - 1;
      }
    }
    return null;
  }

  private static String inXml(String text) {
    Matcher m = XML_VALUE.matcher(text);
    while (m.find()) {
      if (overLimits(m.group(1))) {
        return m.group(1);
      }
    }
    return null;
  }

  static boolean overLimits(String number) {
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    String mantissa = e < 0 ? number : number.substring(0, e);
    long digits = mantissa.chars().filter(Character::isDigit).count();
    if (digits > Limits.MAX_NUMBER_DIGITS) {
      return true;
    }
    if (e < 0) {
      return false;
    }
    String exponent = number.substring(e + 1).replace("+", "").replace("-", "");
    String significant = exponent.replaceFirst("^0+", "");
    return significant.length() > 4
        || (!significant.isEmpty() && Integer.parseInt(significant) > Limits.MAX_NUMBER_EXPONENT);
  }
}
