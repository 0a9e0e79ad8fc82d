package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Checks one coding against its code system: the system and version are known, the code exists, the display fits. */
public final class CodingCheck {

  private final CodeSystemRegistry registry;

  public CodingCheck(CodeSystemRegistry registry) {
    this.registry = registry;
  }

  /**
   * @param system the coding's system
   * @param version the version to check against (the coding's, else the request's), or null for the latest
   */
  public ValidationResult check(String system, String version, CodingInput coding) {
    Optional<CodeSystemProvider> found = registry.find(system, version);
    if (found.isEmpty()) {
      Issue issue = registry.knows(system)
          ? Messages.unknownSystemVersion(system, version, registry.versions(system), coding.at("version"))
          : Messages.unknownSystem(system, coding.at("system"));
      String canonical = version == null ? system : system + "|" + version;
      return new ValidationResult(false, system, version, coding.code(), null, canonical, List.of(issue));
    }
    CodeSystemProvider provider = found.get();
    CodeSystemInfo info = provider.info();
    Optional<Concept> concept = provider.concept(coding.code());
    List<Issue> own = provider.codeIssues(coding.code(), coding.at("code"));
    if (concept.isEmpty()) {
      List<Issue> issues = own.isEmpty() ? List.of(Messages.unknownCode(coding.code(), info, coding.at("code"))) : own;
      return new ValidationResult(false, system, info.version(), coding.code(), null, null, issues);
    }
    Concept c = concept.get();
    List<Issue> issues = new ArrayList<>(own);
    if (coding.display() != null && !displays(c).contains(coding.display())) {
      issues.add(Messages.wrongDisplay(coding.display(), system, c.code(), displays(c), coding.at("display")));
    }
    boolean valid = issues.stream().noneMatch(Issue::isError);
    return new ValidationResult(valid, system, info.version(), c.code(), c.display(), null, issues);
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
