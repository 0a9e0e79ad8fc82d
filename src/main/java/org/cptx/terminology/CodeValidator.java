package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.messages.CodeSystemMessages;
import org.cptx.terminology.messages.ValueSetMessages;
import org.cptx.terminology.valueset.SystemVersions;

/**
 * $validate-code against a code system: each coding of that system checked by {@link CodingCheck}.
 */
public final class CodeValidator {

  private final CodingCheck check;

  public CodeValidator(CodeSystemRegistry registry) {
    this.check = new CodingCheck(registry);
  }

  public ValidationResult validate(ValidateCodeRequest request) {
    List<CodingInput> mine =
        request.codings().stream()
            .filter(c -> c.system() == null || c.system().equals(request.system()))
            .toList();
    if (mine.isEmpty()) {
      Issue none = CodeSystemMessages.noCodeInSystem(request.system(), "CodeableConcept.coding");
      return new ValidationResult(
          false, CheckedCoding.of(request.system(), request.version(), null), null, List.of(none));
    }
    List<ValidationResult> results = new ArrayList<>();
    for (CodingInput coding : mine) {
      results.add(
          checkVersion(
              request,
              coding,
              check.check(request.system(), version(request, coding), coding, request.options())));
    }
    return ValidationResult.combine(results);
  }

  /**
   * The version a coding is checked against: forced, else its own, else the request's, else the
   * default.
   */
  private static String version(ValidateCodeRequest request, CodingInput coding) {
    SystemVersions versions = request.versions();
    String forced = versions.forced().get(request.system());
    if (forced != null) {
      return forced;
    }
    String stated = coding.version() != null ? coding.version() : request.version();
    return stated != null ? stated : versions.defaults().get(request.system());
  }

  /** A {@code check-system-version} the version used does not match makes the coding invalid. */
  private static ValidationResult checkVersion(
      ValidateCodeRequest request, CodingInput coding, ValidationResult result) {
    String required = request.versions().checks().get(request.system());
    String used = result.coding().version();
    if (required == null || used == null || Versions.matches(required, used)) {
      return result;
    }
    return result.with(
        false,
        List.of(
            ValueSetMessages.versionCheckFailed(
                request.system(), used, required, coding.at("version"))));
  }
}
