package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.CodingCheck;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Messages;
import org.cptx.terminology.ValidationResult;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * ValueSet/$validate-code: for each coding, the code-system version to use ({@link VersionChoice}), the code
 * checked in that version, then membership of the value set bound to that version.
 */
public final class ValueSetValidator {

  private final CodeSystemRegistry registry;
  private final ValueSetCatalog catalog;
  private final CodingCheck check;

  public ValueSetValidator(CodeSystemRegistry registry, ValueSetCatalog catalog) {
    this.registry = registry;
    this.catalog = catalog;
    this.check = new CodingCheck(registry);
  }

  public ValidationResult validate(ValueSet valueSet, ValueSetValidateRequest request) {
    List<ValidationResult> results = new ArrayList<>();
    for (CodingInput coding : request.codings()) {
      results.add(validateOne(valueSet, coding, request));
    }
    ValidationResult combined = ValidationResult.combine(results);
    if (request.codeableConcept() && !combined.result()) {
      return combined.with(false, List.of(Messages.noValidCoding(canonical(valueSet))));
    }
    return combined;
  }

  private ValidationResult validateOne(ValueSet valueSet, CodingInput coding, ValueSetValidateRequest request) {
    String system = coding.system();
    if (system == null) {
      return new ValidationResult(false, null, null, coding.code(), null, null,
          List.of(Messages.codingHasNoSystem(coding.at("system"))));
    }
    List<String> stated = statedVersions(valueSet, system);
    if (stated.size() <= 1) {
      return validateOne(valueSet, coding, request, stated.isEmpty() ? null : stated.get(0));
    }
    List<ValidationResult> tries = new ArrayList<>();
    for (String version : stated) {
      ValidationResult one = validateOne(valueSet, coding, request, version);
      if (one.result()) {
        return one;
      }
      tries.add(one);
    }
    return tries.get(0);
  }

  private ValidationResult validateOne(ValueSet valueSet, CodingInput coding, ValueSetValidateRequest request,
      String stated) {
    String system = coding.system();
    SystemVersions versions = request.versions();
    VersionChoice choice = VersionChoice.decide(registry, system, stated, coding.version(), versions,
        coding.at("version"), coding.at("system"));
    ValidationResult inSystem = check.check(system, choice.version(), coding, request.displayLanguage(),
        request.lenientDisplay());
    List<Issue> issues = new ArrayList<>(choice.issues());
    boolean valid = inSystem.result() && choice.issues().stream().noneMatch(Issue::isError);
    SystemVersions bound = choice.version() == null ? versions : versions.pinning(system, choice.version());
    CompiledValueSet compiled = new ComposeCompiler(registry, catalog, bound).compile(valueSet);
    String code = inSystem.code() != null ? inSystem.code() : coding.code();
    boolean versionTrouble = choice.issues().stream().anyMatch(Issue::isError);
    List<Issue> missingImports = compiled.problems().stream()
        .filter(p -> "Unable_to_resolve_value_Set_".equals(p.messageId())).toList();
    if (!missingImports.isEmpty()) {
      issues.addAll(missingImports);
      valid = false;
    } else if (!versionTrouble && compiled.find(system, code).isEmpty()) {
      issues.add(Messages.notInValueSet(system, coding.code(), coding.display(), compiled.canonical(),
          coding.at("code")));
      valid = false;
    }
    ValidationResult result = inSystem.with(valid, issues);
    boolean unknownVersion = coding.version() != null && registry.knows(system)
        && registry.versions(system).stream().noneMatch(coding.version()::equals);
    return unknownVersion ? result.withUnknown(system + "|" + coding.version()) : result;
  }

  /** The versions the value set's includes of this system name, latest first (empty when none names one). */
  private static List<String> statedVersions(ValueSet valueSet, String system) {
    return valueSet.getCompose().getInclude().stream().filter(i -> system.equals(i.getSystem()))
        .filter(i -> i.hasVersion()).map(i -> i.getVersion()).distinct()
        .sorted(org.cptx.terminology.Versions.ORDER.reversed()).toList();
  }

  private static String canonical(ValueSet valueSet) {
    return valueSet.hasVersion() ? valueSet.getUrl() + "|" + valueSet.getVersion() : valueSet.getUrl();
  }
}
