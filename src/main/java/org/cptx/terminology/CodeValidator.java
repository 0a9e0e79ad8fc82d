package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** $validate-code against a code system: each coding checked for system, version, code and display. */
public final class CodeValidator {

  private final CodeSystemRegistry registry;

  public CodeValidator(CodeSystemRegistry registry) {
    this.registry = registry;
  }

  public ValidationResult validate(ValidateCodeRequest request) {
    List<CodingInput> mine = request.codings().stream()
        .filter(c -> c.system() == null || c.system().equals(request.system()))
        .toList();
    if (mine.isEmpty()) {
      Issue none = Messages.noCodeInSystem(request.system(), "CodeableConcept.coding");
      return new ValidationResult(false, request.system(), request.version(), null, null, null, List.of(none));
    }
    List<ValidationResult> results = new ArrayList<>();
    for (CodingInput coding : mine) {
      results.add(check(request.system(), request.version(), coding));
    }
    ValidationResult chosen = results.stream().filter(ValidationResult::result).findFirst().orElse(results.get(0));
    List<Issue> issues = results.stream().flatMap(r -> r.issues().stream()).toList();
    return new ValidationResult(chosen.result(), chosen.system(), chosen.version(), chosen.code(), chosen.display(),
        chosen.unknownSystem(), issues);
  }

  private ValidationResult check(String system, String version, CodingInput coding) {
    String requestedVersion = coding.version() != null ? coding.version() : version;
    Optional<CodeSystemProvider> found = registry.find(system, requestedVersion);
    if (found.isEmpty()) {
      Issue issue = registry.knows(system)
          ? Messages.unknownSystemVersion(system, requestedVersion, registry.versions(system), coding.at("version"))
          : Messages.unknownSystem(system, coding.at("system"));
      String canonical = requestedVersion == null ? system : system + "|" + requestedVersion;
      return new ValidationResult(false, system, requestedVersion, coding.code(), null, canonical, List.of(issue));
    }
    CodeSystemProvider provider = found.get();
    CodeSystemInfo info = provider.info();
    Optional<Concept> concept = provider.concept(coding.code());
    if (concept.isEmpty()) {
      Issue issue = Messages.unknownCode(coding.code(), info, coding.at("code"));
      return new ValidationResult(false, system, info.version(), coding.code(), null, null, List.of(issue));
    }
    Concept c = concept.get();
    List<Issue> issues = new ArrayList<>();
    if (coding.display() != null && !displays(c).contains(coding.display())) {
      issues.add(Messages.wrongDisplay(coding.display(), system, c.code(), displays(c), coding.at("display")));
    }
    return new ValidationResult(issues.isEmpty(), system, info.version(), c.code(), c.display(), null, issues);
  }

  /** Every text that counts as a valid display: the display and each designation. */
  static List<String> displays(Concept concept) {
    List<String> all = new ArrayList<>();
    if (concept.display() != null) {
      all.add(concept.display());
    }
    concept.designations().stream().map(Designation::value).filter(Objects::nonNull)
        .filter(v -> !all.contains(v)).forEach(all::add);
    return all;
  }
}
