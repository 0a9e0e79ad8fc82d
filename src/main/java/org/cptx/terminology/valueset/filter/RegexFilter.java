package org.cptx.terminology.valueset.filter;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.Limits;
import org.cptx.terminology.Messages;

/**
 * {@code regex}: the property matches the whole regular expression. Each match runs on a step budget: a pattern
 * that backtracks without end is stopped and refused as too costly, never left running.
 */
final class RegexFilter implements ConceptFilter {

  @Override
  public String op() {
    return "regex";
  }

  @Override
  public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
    if (value.length() > Limits.MAX_REGEX_LENGTH) {
      throw Messages.badRegex(value.substring(0, 40) + "...", "longer than " + Limits.MAX_REGEX_LENGTH);
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw Messages.badRegex(value, e.getDescription());
    }
    return c -> PropertyValues.of(c, property).stream().anyMatch(text -> matches(pattern, value, text, c));
  }

  private static boolean matches(Pattern pattern, String regex, String text, Concept concept) {
    try {
      return pattern.matcher(new BudgetedText(text, Limits.MAX_REGEX_STEPS)).matches();
    } catch (BudgetedText.Exhausted e) {
      throw Messages.regexTooSlow(regex, concept.code());
    }
  }

  /** A CharSequence that stops the matcher after a fixed number of character reads. */
  static final class BudgetedText implements CharSequence {
    private final String text;
    private final int[] budget;

    BudgetedText(String text, int steps) {
      this(text, new int[] {steps});
    }

    private BudgetedText(String text, int[] budget) {
      this.text = text;
      this.budget = budget;
    }

    @Override
    public char charAt(int index) {
      if (--budget[0] < 0) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new BudgetedText(text.substring(start, end), budget);
    }

    @Override
    public String toString() {
      return text;
    }

    /** The budget ran out. */
    static final class Exhausted extends RuntimeException {
      Exhausted() {
        super(null, null, false, false);
      }
    }
  }
}
