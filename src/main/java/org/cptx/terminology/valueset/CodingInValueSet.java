package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.CheckedCoding;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.CodingCheck;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.Issue;
import org.cptx.terminology.UnknownSystem;
import org.cptx.terminology.ValidationResult;
import org.cptx.terminology.Versions;
import org.cptx.terminology.messages.CodeSystemMessages;
import org.cptx.terminology.messages.ValueSetMessages;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * One coding against a value set: the code-system version to use ({@link VersionChoice}), the code
 * checked in that version, then membership of the value set bound to that version.
 */
final class CodingInValueSet {

  /** A coding's result, and whether the value set holds the coding. */
  /**
   * @param unnamed true when the value set's own version of the system is missing, so the coding
   *     cannot be named
   */
  record Outcome(ValidationResult result, boolean inValueSet, boolean unnamed) {
    Outcome(ValidationResult result, boolean inValueSet) {
      this(result, inValueSet, false);
    }
  }

  private final CodeSystemRegistry registry;
  private final ValueSetCatalog catalog;
  private final CodingCheck check;

  CodingInValueSet(CodeSystemRegistry registry, ValueSetCatalog catalog) {
    this.registry = registry;
    this.catalog = catalog;
    this.check = new CodingCheck(registry, url -> catalog.find(url, null).isPresent());
  }

  Outcome check(ValueSetDefinition valueSet, CodingInput coding, ValueSetValidateRequest request) {
    if (coding.system() == null) {
      return withoutSystem(valueSet, coding, request);
    }
    List<String> stated = statedVersions(valueSet, coding.system(), coding.version());
    if (stated.size() <= 1) {
      return check(valueSet, coding, request, stated.isEmpty() ? null : stated.get(0));
    }
    List<Outcome> tries = new ArrayList<>();
    for (String version : stated) {
      Outcome one = check(valueSet, coding, request, version);
      if (one.result().result()) {
        return one;
      }
      tries.add(one);
    }
    return tries.get(0);
  }

  private Outcome check(
      ValueSetDefinition valueSet,
      CodingInput coding,
      ValueSetValidateRequest request,
      String stated) {
    String system = coding.system();
    VersionChoice choice =
        VersionChoice.decide(
            registry,
            system,
            stated,
            coding.version(),
            request.versions(),
            coding.at("version"),
            coding.at("system"));
    ValidationResult inSystem = check.check(system, choice.version(), coding, request.options());
    CompiledValueSet compiled = compile(valueSet, request, system, choice.version());
    List<Issue> missingImports =
        compiled.problems().stream()
            .filter(p -> "Unable_to_resolve_value_Set_".equals(p.messageId()))
            .toList();
    boolean versionTrouble = choice.issues().stream().anyMatch(Issue::isError);
    boolean neededSystemUnknown =
        inSystem.unknownSystem() != null && includesSystem(valueSet, system);
    List<Issue> issues = new ArrayList<>(choice.issues());
    boolean member =
        missingImports.isEmpty() && membership(compiled, coding, inSystem, request, issues);
    if (!missingImports.isEmpty()) {
      issues.addAll(missingImports);
    } else if (!versionTrouble && !member && !neededSystemUnknown) {
      issues.add(
          ValueSetMessages.notInValueSet(
              system,
              coding.version(),
              coding.code(),
              coding.display(),
              compiled.canonical(),
              coding.at("code")));
    }
    boolean valid = inSystem.result() && !versionTrouble;
    ValidationResult result =
        request.membership().membershipOnly()
            ? inSystem.withOnly(member, issues)
            : inSystem.with(valid && member, issues);
    if (neededSystemUnknown) {
      result = result.withUnknown(inSystem.unknownSystem().asCause());
    }
    String unknown = choice.unknown();
    boolean undecided = versionTrouble && missingImports.isEmpty();
    return new Outcome(
        unknown != null ? result.withUnknown(UnknownSystem.of(unknown)) : result,
        member || undecided,
        undecided && choice.pinnedMissing());
  }

  /**
   * Whether the value set holds the coding as the request counts members (abstract and inactive
   * codes refused when asked), adding to {@code issues} why a held code is refused, and the notes
   * about a member.
   */
  private static boolean membership(
      CompiledValueSet compiled,
      CodingInput coding,
      ValidationResult inSystem,
      ValueSetValidateRequest request,
      List<Issue> issues) {
    String system = coding.system();
    CheckedCoding found = inSystem.coding();
    String code =
        found.normalizedCode() != null
            ? found.normalizedCode()
            : found.code() != null ? found.code() : coding.code();
    boolean fragmentUnknown =
        inSystem.issues().stream().anyMatch(i -> "UNKNOWN_CODE_IN_FRAGMENT".equals(i.messageId()));
    Optional<Member> held = compiled.find(system, found.version(), code);
    MembershipOptions options = request.membership();
    if (held.isPresent() && !options.abstractAllowed() && held.get().concept().notSelectable()) {
      issues.add(ValueSetMessages.abstractNotAllowed(system, code, coding.at("code")));
      return false;
    }
    boolean member = fragmentUnknown || held.isPresent();
    boolean inactive = inSystem.status().inactive();
    if (member && options.activeOnly() && inactive
        || !member && inactive && compiled.holdsIfActive(system, code)) {
      issues.add(ValueSetMessages.notActive(code, coding.at("code")));
      return false;
    }
    if (member) {
      issues.addAll(StatusReferences.of(compiled, system));
      if (compiled.find(system, code).map(Member::deprecated).orElse(false)) {
        issues.add(
            ValueSetMessages.deprecatedInValueSet(
                code, system, compiled.canonical(), coding.at("code")));
      }
    }
    return member;
  }

  /**
   * Whether the value set's own includes name this system (so that it cannot be expanded without
   * it).
   */
  private static boolean includesSystem(ValueSetDefinition valueSet, String system) {
    return valueSet.composeOrEmpty().include().stream().anyMatch(i -> system.equals(i.system()));
  }

  /**
   * A coding with no system: with inferSystem, the one system of the value set that holds the code;
   * when several hold it, none is chosen.
   */
  private Outcome withoutSystem(
      ValueSetDefinition valueSet, CodingInput coding, ValueSetValidateRequest request) {
    CompiledValueSet compiled = compile(valueSet, request, null, null);
    boolean infer = request.membership().inferSystem();
    List<String> holders =
        infer
            ? compiled.includes().stream()
                .filter(r -> r.system() != null)
                .map(r -> r.system().info().url())
                .distinct()
                .filter(s -> compiled.find(s, coding.code()).isPresent())
                .toList()
            : List.of();
    if (holders.size() == 1) {
      CodingInput with =
          new CodingInput(
              holders.get(0), coding.version(), coding.code(), coding.display(), coding.path());
      return check(valueSet, with, request);
    }
    List<Issue> issues = new ArrayList<>();
    issues.add(
        ValueSetMessages.notInValueSet(
            null, null, coding.code(), coding.display(), compiled.canonical(), coding.at("code")));
    issues.add(
        holders.size() > 1
            ? ValueSetMessages.severalSystemsHold(
                coding.code(), compiled.canonical(), holders, coding.at("code"))
            : infer
                ? ValueSetMessages.cannotInferSystem(
                    coding.code(), compiled.canonical(), coding.at("code"))
                : CodeSystemMessages.codingHasNoSystem(
                    coding.path().isEmpty()
                        ? "code"
                        : coding.path().substring(0, coding.path().length() - 1)));
    ValidationResult noSystem =
        new ValidationResult(false, CheckedCoding.of(null, null, coding.code()), null, issues);
    return new Outcome(noSystem, false);
  }

  private CompiledValueSet compile(
      ValueSetDefinition valueSet, ValueSetValidateRequest request, String system, String version) {
    SystemVersions bound =
        version == null ? request.versions() : request.versions().pinning(system, version);
    return new ComposeCompiler(registry, catalog, bound).compile(valueSet);
  }

  /**
   * The versions the value set's includes of this system name (empty when none names one): those
   * that match the version the coding states first, then latest first.
   */
  private static List<String> statedVersions(
      ValueSetDefinition valueSet, String system, String codingVersion) {
    java.util.Comparator<String> latestFirst = Versions.ORDER.reversed();
    java.util.Comparator<String> codingsFirst =
        java.util.Comparator.comparing(
            (String v) -> codingVersion == null || !Versions.matches(v, codingVersion));
    return valueSet.composeOrEmpty().include().stream()
        .filter(i -> system.equals(i.system()))
        .filter(i -> i.version() != null)
        .map(i -> i.version())
        .distinct()
        .sorted(codingsFirst.thenComparing(latestFirst))
        .toList();
  }
}
