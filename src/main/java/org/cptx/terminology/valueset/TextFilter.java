package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cptx.terminology.model.Designation;

/**
 * The $expand {@code filter} text: every word of it must start a word of the code's display or of
 * one of its designations, or start the code itself. Case and punctuation do not matter: a word is
 * a run of letters and numbers (Unicode categories L and N) of the lower-cased text.
 */
final class TextFilter {

  private final String[] words;

  TextFilter(String text) {
    this.words = words(text).toArray(String[]::new);
  }

  /** The filter's words, lower-cased. */
  String[] words() {
    return words.clone();
  }

  boolean matches(Member member) {
    if (words.length == 0) {
      return true;
    }
    if (words.length == 1
        && member.concept().code().toLowerCase(Locale.ROOT).startsWith(words[0])) {
      return true;
    }
    String display = member.display();
    if (display != null && matchesText(display)) {
      return true;
    }
    for (Designation d : member.concept().designations()) {
      if (d.value() != null && matchesText(d.value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every filter word starts a word of the text (a word of the filter holds only word
   * characters).
   */
  private boolean matchesText(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (!startsAWord(lower, w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsAWord(String lower, String word) {
    boolean inWord = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      boolean wordChar = wordChar(cp);
      if (wordChar && !inWord && lower.startsWith(word, i)) {
        return true;
      }
      inWord = wordChar;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The words of a text, lower-cased, in order. */
  static List<String> words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (wordChar(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        found.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      found.add(lower.substring(start));
    }
    return found;
  }

  private static boolean wordChar(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
