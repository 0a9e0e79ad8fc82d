package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.messages.CodeSystemMessages;

/** $validate-code against a code system: each coding of that system checked by {@link CodingCheck}. */
public final class CodeValidator {

  private final CodingCheck check;

  public CodeValidator(CodeSystemRegistry registry) {
    this.check = new CodingCheck(registry);
  }

  public ValidationResult validate(ValidateCodeRequest request) {
    List<CodingInput> mine = request.codings().stream()
        .filter(c -> c.system() == null || c.system().equals(request.system()))
        .toList();
    if (mine.isEmpty()) {
      Issue none = CodeSystemMessages.noCodeInSystem(request.system(), "CodeableConcept.coding");
      return new ValidationResult(false, CheckedCoding.of(request.system(), request.version(), null), null,
          List.of(none));
    }
    List<ValidationResult> results = new ArrayList<>();
    for (CodingInput coding : mine) {
      String version = coding.version() != null ? coding.version() : request.version();
      results.add(check.check(request.system(), version, coding, request.options()));
    }
    return ValidationResult.combine(results);
  }
}
