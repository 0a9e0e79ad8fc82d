package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.messages.CodeSystemMessages;

/**
 * Checks one coding against its code system: the system and version are known, the code exists, the
 * display fits.
 */
public final class CodingCheck {

  /**
   * The FHIR concept statuses a validation reports back (active is not news; other values are the
   * system's own).
   */
  private static final java.util.Set<String> REPORTED_STATUSES =
      java.util.Set.of("deprecated", "retired", "withdrawn", "draft", "experimental", "inactive");

  private final CodeSystemRegistry registry;

  /** Whether a url is that of a value set the server holds (a Coding that names one is told so). */
  private final java.util.function.Predicate<String> isValueSet;

  public CodingCheck(CodeSystemRegistry registry) {
    this(registry, url -> false);
  }

  public CodingCheck(CodeSystemRegistry registry, java.util.function.Predicate<String> isValueSet) {
    this.registry = registry;
    this.isValueSet = isValueSet;
  }

  /**
   * @param system the coding's system
   * @param version the version to check against (the coding's, else the request's), or null for the
   *     latest
   */
  public ValidationResult check(String system, String version, CodingInput coding) {
    return check(system, version, coding, CheckOptions.DEFAULT);
  }

  /**
   * A coding whose system (or version) the server does not hold: a supplement or a value set named
   * where a code system belongs, a relative reference, or simply an unknown system.
   */
  private ValidationResult absentSystem(String system, String version, CodingInput coding) {
    String at = coding.at("system");
    Optional<String> supplement = registry.supplement(system);
    if (supplement.isPresent()) {
      return new ValidationResult(
          false,
          CheckedCoding.of(system, version, coding.code()),
          null,
          List.of(CodeSystemMessages.supplementAsSystem(supplement.get(), at)));
    }
    if (!registry.knows(system) && isValueSet.test(system)) {
      return new ValidationResult(
          false,
          CheckedCoding.of(system, version, coding.code()),
          null,
          List.of(CodeSystemMessages.valueSetAsSystem(system, at)));
    }
    List<Issue> issues = new ArrayList<>();
    boolean known = registry.knows(system);
    issues.add(
        known
            ? CodeSystemMessages.unknownSystemVersion(
                system, version, registry.versions(system), at)
            : coding.version() != null
                ? CodeSystemMessages.unknownSystemNoVersions(system, coding.version(), at)
                : CodeSystemMessages.unknownSystem(system, at));
    if (!system.contains(":")) {
      issues.add(CodeSystemMessages.relativeSystem(at));
    }
    String missing = known && version != null ? system + "|" + version : system;
    return new ValidationResult(
        false, CheckedCoding.of(system, version, coding.code()), UnknownSystem.of(missing), issues);
  }

  /**
   * @param system the coding's system
   * @param version the version to check against (the coding's, else the request's), or null for the
   *     latest
   * @param options the display language(s), whether a wrong display is only a warning, and the
   *     units to judge
   */
  public ValidationResult check(
      String system, String version, CodingInput coding, CheckOptions options) {
    Optional<CodeSystemProvider> found = registry.find(system, version);
    if (found.isEmpty()) {
      return absentSystem(system, version, coding);
    }
    CodeSystemProvider provider = found.get();
    CodeSystemInfo info = provider.info();
    Optional<Concept> concept = provider.concept(coding.code());
    List<Issue> own = provider.codeIssues(coding.code(), coding.at("code"));
    if (concept.isEmpty()) {
      if (own.isEmpty() && provider.unknownCodesMayExistElsewhere()) {
        Issue warning =
            CodeSystemMessages.unknownCodeInFragment(coding.code(), info, coding.at("code"));
        return new ValidationResult(
            true, CheckedCoding.of(system, info.version(), coding.code()), null, List.of(warning));
      }
      List<Issue> issues =
          own.isEmpty()
              ? List.of(CodeSystemMessages.unknownCode(coding.code(), info, coding.at("code")))
              : own;
      return new ValidationResult(
          false, CheckedCoding.of(system, info.version(), coding.code()), null, issues);
    }
    Concept c = concept.get();
    List<Issue> issues = new ArrayList<>(own);
    if (!c.code().equals(coding.code())) {
      issues.add(
          CodeSystemMessages.caseDifference(
              coding.code(), c.code(), info.canonical(), coding.at("code")));
    }
    if (coding.display() != null) {
      issues.addAll(
          DisplayCheck.check(
              coding.display(),
              c,
              info,
              options.displayLanguage(),
              options.lenientDisplay(),
              coding.at("display"),
              provider::isDisplay));
    }
    issues.addAll(statusIssues(c, coding));
    if (options.units() != null) {
      issues.addAll(provider.unitsIssues(c, options.units(), coding.at("code")));
    }
    boolean valid = issues.stream().noneMatch(Issue::isError);
    String display = Displays.show(c, options.displayLanguage(), info.language()).display();
    String status =
        c.status() != null && REPORTED_STATUSES.contains(c.status()) ? c.status() : null;
    boolean recased = !c.code().equals(coding.code());
    CheckedCoding checked =
        new CheckedCoding(
            system,
            info.version(),
            recased ? coding.code() : c.code(),
            display,
            recased ? c.code() : null);
    return new ValidationResult(
        valid, checked, new ConceptStatus(c.inactive(), status), null, issues);
  }

  /** Warnings about a concept that is inactive or deprecated. */
  private static List<Issue> statusIssues(Concept c, CodingInput coding) {
    if (c.inactive()) {
      String status =
          c.status() == null || "inactive".equals(c.status())
              ? "inactive"
              : c.status() + " and inactive";
      return List.of(CodeSystemMessages.inactiveConcept(c.code(), status, coding.root()));
    }
    if ("deprecated".equals(c.status())) {
      return List.of(CodeSystemMessages.deprecatedConcept(c.code(), coding.at("code")));
    }
    return List.of();
  }
}
