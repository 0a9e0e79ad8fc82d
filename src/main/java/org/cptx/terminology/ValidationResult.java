package org.cptx.terminology;

import java.util.List;
import java.util.StringJoiner;
import org.cptx.terminology.messages.Messages;

/**
 * The outcome of $validate-code: a result, what was matched, and the issues found. An invalid code
 * is a result, not an error.
 *
 * @param coding the matched (or checked) coding, as its code system knows it
 * @param status the found concept's status, when it is news
 * @param unknownSystem the code system or version that could not be found; null when all was found
 */
public record ValidationResult(
    boolean result,
    CheckedCoding coding,
    ConceptStatus status,
    UnknownSystem unknownSystem,
    List<Issue> issues) {

  public ValidationResult {
    issues = List.copyOf(issues);
  }

  /** A result about a code with no status to report. */
  public ValidationResult(
      boolean result, CheckedCoding coding, UnknownSystem unknownSystem, List<Issue> issues) {
    this(result, coding, ConceptStatus.ACTIVE, unknownSystem, issues);
  }

  /** Several codings' results as one: the first valid one (else the first), with every issue. */
  public static ValidationResult combine(List<ValidationResult> results) {
    ValidationResult chosen =
        results.stream().filter(ValidationResult::result).findFirst().orElse(results.get(0));
    List<Issue> issues = results.stream().flatMap(r -> r.issues().stream()).toList();
    return chosen.withOnly(chosen.result(), issues);
  }

  /** The same result with more issues and possibly a different verdict. */
  public ValidationResult with(boolean newResult, List<Issue> more) {
    List<Issue> all = new java.util.ArrayList<>(issues);
    all.addAll(more);
    return withOnly(newResult, all);
  }

  /** The same coding's result with only these issues and this verdict. */
  public ValidationResult withOnly(boolean newResult, List<Issue> only) {
    return new ValidationResult(newResult, coding, status, unknownSystem, only);
  }

  /** The same result, naming what could not be found. */
  public ValidationResult withUnknown(UnknownSystem unknown) {
    return new ValidationResult(result, coding, status, unknown, issues);
  }

  /**
   * The "message" output parameter: the texts of the errors and warnings joined, or of the
   * information when there is nothing worse; notes about the content drawn on stay out. Null when
   * there is nothing to say.
   */
  public String message() {
    if (issues.isEmpty()) {
      return null; // the usual answer: a plain loop below, no stream set up per request
    }
    boolean serious = false;
    for (Issue i : issues) {
      serious |= told(i) && i.severity() != Issue.Severity.INFORMATION;
    }
    StringJoiner joined = new StringJoiner("; ");
    for (Issue i : issues) {
      if (told(i) && (!serious || i.severity() != Issue.Severity.INFORMATION)) {
        joined.add(i.text());
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }

  private static boolean told(Issue issue) {
    return !Messages.NOT_IN_MESSAGE.contains(issue.messageId());
  }
}
