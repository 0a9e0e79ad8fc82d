package org.cptx.terminology.codesystem.cpt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cptx.terminology.Concept;
import org.cptx.terminology.messages.ComposeMessages;

/**
 * The filters CPT defines: {@code modifier}, {@code modified}, {@code telemedicine}, {@code
 * orthopox} with {@code =} (true or false; an absent property counts as false), {@code kind} with
 * {@code =} and {@code in}, and {@code code in} with codes and ranges ({@code 20100-69990,92920}).
 * Anything else is left to the generic operators.
 */
final class CptFilters {

  private static final Set<String> BOOLEANS =
      Set.of("modifier", "modified", "telemedicine", "orthopox");

  private CptFilters() {}

  static Optional<Predicate<Concept>> filter(String op, String property, String value) {
    if (op == null || property == null || value == null) {
      return Optional.empty();
    }
    if (BOOLEANS.contains(property) && op.equals("=")) {
      return Optional.of(bool(op, property, value));
    }
    if (property.equals("kind") && (op.equals("=") || op.equals("in"))) {
      List<String> kinds = List.of(value.split("\\s*,\\s*"));
      return Optional.of(c -> CptKinds.values(c, "kind").stream().anyMatch(kinds::contains));
    }
    if (property.equals("code") && op.equals("in")) {
      CodeRanges ranges = ranges(op, property, value);
      return Optional.of(c -> ranges.contains(c.code()));
    }
    return Optional.empty();
  }

  private static Predicate<Concept> bool(String op, String property, String value) {
    if (!value.equals("true") && !value.equals("false")) {
      throw ComposeMessages.badFilterValue(op, property, value, "true or false");
    }
    boolean wanted = Boolean.parseBoolean(value);
    return c -> Boolean.TRUE.equals(CptKinds.bool(c, property)) == wanted;
  }

  private static CodeRanges ranges(String op, String property, String value) {
    try {
      return CodeRanges.parse(value);
    } catch (IllegalArgumentException e) {
      throw ComposeMessages.badFilterValue(
          op, property, value, "a list of codes and ranges such as 20100-69990,92920");
    }
  }
}
