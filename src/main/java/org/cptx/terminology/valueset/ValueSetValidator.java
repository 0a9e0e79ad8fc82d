package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.CodingCheck;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.Messages;
import org.cptx.terminology.ValidationResult;

/** ValueSet/$validate-code: each coding checked against its code system, then for membership of the value set. */
public final class ValueSetValidator {

  private final CodingCheck check;

  public ValueSetValidator(CodeSystemRegistry registry) {
    this.check = new CodingCheck(registry);
  }

  public ValidationResult validate(CompiledValueSet valueSet, ValueSetValidateRequest request) {
    List<ValidationResult> results = new ArrayList<>();
    for (CodingInput coding : request.codings()) {
      results.add(validateOne(valueSet, coding, request.versions()));
    }
    ValidationResult combined = ValidationResult.combine(results);
    if (request.codeableConcept() && !combined.result()) {
      return combined.with(false, List.of(Messages.noValidCoding(valueSet.canonical())));
    }
    return combined;
  }

  private ValidationResult validateOne(CompiledValueSet valueSet, CodingInput coding, SystemVersions versions) {
    if (coding.system() == null) {
      return new ValidationResult(false, null, null, coding.code(), null, null,
          List.of(Messages.codingHasNoSystem(coding.at("system"))));
    }
    ValidationResult inSystem = check.check(coding.system(), versions.pick(coding.system(), coding.version()), coding);
    String code = inSystem.code() != null ? inSystem.code() : coding.code();
    if (valueSet.find(coding.system(), code).isPresent()) {
      return inSystem;
    }
    return inSystem.with(false,
        List.of(Messages.notInValueSet(coding.system(), coding.code(), valueSet.canonical(), coding.at("code"))));
  }
}
