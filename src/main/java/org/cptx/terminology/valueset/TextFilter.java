package org.cptx.terminology.valueset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.cptx.terminology.Designation;

/**
 * The $expand {@code filter} text: every word of it must start a word of the code's display or of
 * one of its designations, or start the code itself. Case and punctuation do not matter.
 */
final class TextFilter {

  private final String[] words;

  TextFilter(String text) {
    this.words = split(text);
  }

  boolean matches(Member member) {
    if (words.length == 0) {
      return true;
    }
    String code = member.concept().code().toLowerCase(Locale.ROOT);
    if (words.length == 1 && code.startsWith(words[0])) {
      return true;
    }
    Stream<String> texts =
        Stream.concat(
            Stream.of(member.display()),
            member.concept().designations().stream().map(Designation::value));
    return texts.filter(t -> t != null).anyMatch(this::matchesText);
  }

  private boolean matchesText(String text) {
    String[] have = split(text);
    return Arrays.stream(words).allMatch(w -> Arrays.stream(have).anyMatch(h -> h.startsWith(w)));
  }

  private static String[] split(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }
}
