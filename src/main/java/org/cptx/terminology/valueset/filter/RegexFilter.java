package org.cptx.terminology.valueset.filter;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.ComposeMessages;

/**
 * {@code regex}: the property matches the whole regular expression. Matching uses RE2 semantics
 * (linear time in the text), so a pattern such as {@code ((a+)+)+} that makes backtracking engines
 * run away is answered promptly; constructs RE2 does not support (backreferences, lookaround) are
 * refused as invalid.
 */
final class RegexFilter implements ConceptFilter {

  @Override
  public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
    if (value.length() > Limits.MAX_REGEX_LENGTH) {
      throw ComposeMessages.badRegex(
          value.substring(0, 40) + "...", "longer than " + Limits.MAX_REGEX_LENGTH);
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw ComposeMessages.badRegex(value, e.getDescription());
    }
    return c -> PropertyValues.of(c, property).stream().anyMatch(text -> pattern.matches(text));
  }
}
