package org.cptx.terminology;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of $validate-code: a result, what was matched, and the issues found. An invalid code is a result,
 * not an error.
 *
 * @param system the system of the matched (or checked) coding, or null
 * @param version the version of the system used, or null
 * @param code the code checked
 * @param display the concept's preferred display, when the code was found
 * @param inactive true when the code found is inactive
 * @param normalizedCode the code as the system spells it, when the request spelled it in another case; else null
 * @param status the code's status when it is not simply active (deprecated, retired, ...), or null
 * @param unknownSystem the code system or version that could not be found; null when all was found
 */
public record ValidationResult(
    boolean result,
    String system,
    String version,
    String code,
    String display,
    UnknownSystem unknownSystem,
    List<Issue> issues,
    boolean inactive,
    String status,
    String normalizedCode) {

  public ValidationResult {
    issues = List.copyOf(issues);
  }

  /** A result about a code with no status to report. */
  public ValidationResult(boolean result, String system, String version, String code, String display,
      UnknownSystem unknownSystem, List<Issue> issues) {
    this(result, system, version, code, display, unknownSystem, issues, false, null, null);
  }

  /** Several codings' results as one: the first valid one (else the first), with every issue. */
  public static ValidationResult combine(List<ValidationResult> results) {
    ValidationResult chosen = results.stream().filter(ValidationResult::result).findFirst().orElse(results.get(0));
    List<Issue> issues = results.stream().flatMap(r -> r.issues().stream()).toList();
    return new ValidationResult(chosen.result(), chosen.system(), chosen.version(), chosen.code(), chosen.display(),
        chosen.unknownSystem(), issues, chosen.inactive(), chosen.status(), chosen.normalizedCode());
  }

  /** The same result with more issues and possibly a different verdict. */
  public ValidationResult with(boolean newResult, List<Issue> more) {
    List<Issue> all = new java.util.ArrayList<>(issues);
    all.addAll(more);
    return new ValidationResult(newResult, system, version, code, display, unknownSystem, all, inactive, status,
        normalizedCode);
  }

  /** The same coding's result with only these issues and this verdict. */
  public ValidationResult withOnly(boolean newResult, List<Issue> only) {
    return new ValidationResult(newResult, system, version, code, display, unknownSystem, only, inactive, status,
        normalizedCode);
  }

  /** The same result, naming what could not be found. */
  public ValidationResult withUnknown(UnknownSystem unknown) {
    return new ValidationResult(result, system, version, code, display, unknown, issues, inactive, status,
        normalizedCode);
  }

  /**
   * The "message" output parameter: the texts of the errors and warnings joined, or of the information when there
   * is nothing worse; notes about the content drawn on stay out. Null when there is nothing to say.
   */
  public String message() {
    List<Issue> told = issues.stream().filter(i -> !Messages.NOT_IN_MESSAGE.contains(i.messageId())).toList();
    boolean serious = told.stream().anyMatch(i -> i.severity() != Issue.Severity.INFORMATION);
    String joined = told.stream().filter(i -> !serious || i.severity() != Issue.Severity.INFORMATION)
        .map(Issue::text).collect(Collectors.joining("; "));
    return joined.isEmpty() ? null : joined;
  }
}
