package org.cptx.terminology.codesystem.cpt;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CPT post-coordinated expression as written: {@code expression = baseCode *( ":" modifier )},
 * for example {@code 47383:51} or {@code 99202:25:95}. Modifiers keep their order.
 */
public record CptExpression(String text, String base, List<String> modifiers) {

  /**
   * A base code with modifiers joined by {@code -} or {@code .}: the non-conformant forms some
   * systems send.
   */
  private static final Pattern OTHER_SEPARATOR =
      Pattern.compile("[0-9A-Za-z]{5}([-.][0-9A-Za-z]{2})+");

  public CptExpression {
    modifiers = List.copyOf(modifiers);
  }

  /**
   * The expression in this text, or empty when the text has no {@code :} (a plain code, or no CPT
   * at all).
   */
  public static Optional<CptExpression> parse(String text) {
    if (text == null || text.indexOf(':') < 0) {
      return Optional.empty();
    }
    String[] parts = text.split(":", -1);
    return Optional.of(new CptExpression(text, parts[0], List.of(parts).subList(1, parts.length)));
  }

  /**
   * The {@code :} form of a code written with {@code -} or {@code .} separators ({@code 47383-51}),
   * if it is one.
   */
  public static Optional<String> colonForm(String text) {
    if (text == null || !OTHER_SEPARATOR.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(text.replace('-', ':').replace('.', ':'));
  }

  /**
   * True when the base or a modifier is empty ({@code 47383:} or {@code :51} or {@code 47383::51}).
   */
  public boolean hasEmptyPart() {
    return base.isEmpty() || modifiers.stream().anyMatch(String::isEmpty);
  }
}
