package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Versions;
import org.cptx.terminology.messages.CodeSystemMessages;
import org.cptx.terminology.messages.ValueSetMessages;

/**
 * Which version of a code system a value-set validation checks one coding against, and what is
 * wrong with that choice. The version comes from, in order: a forced version, the value set's
 * include, a default version, a check version; a coding's own version is used where it fits that
 * (or where nothing pins one).
 *
 * @param version the version used, or null when the system has none that fits
 * @param issues mismatches between the coding's version and the value set's, unknown versions,
 *     failed checks
 * @param unknown the first version named that the registry does not hold, as url|version, or null
 * @param pinnedMissing true when the version the value set (or a forced, default or check version)
 *     asks for is not held at all
 */
record VersionChoice(String version, List<Issue> issues, String unknown, boolean pinnedMissing) {

  /**
   * @param location the request path of the coding's version
   * @param systemLocation the request path of the coding's system (where unknown versions are
   *     reported)
   */
  static VersionChoice decide(
      CodeSystemRegistry registry,
      String system,
      String stated,
      String codingVersion,
      SystemVersions versions,
      String location,
      String systemLocation) {
    String forced = versions.forced().get(system);
    String check = versions.checks().get(system);
    String fallback =
        versions.defaults().containsKey(system) ? versions.defaults().get(system) : check;
    String effective =
        forced != null ? forced : stated != null ? stated : fallback != null ? fallback : check;
    boolean changed = forced != null || stated == null && effective != null;
    List<Issue> issues = new ArrayList<>();
    boolean codingKnown =
        codingVersion != null && exact(registry, system, codingVersion).isPresent();
    String resolved;
    if (effective == null) {
      resolved = codingKnown ? codingVersion : latest(registry, system);
      if (codingVersion != null && !codingKnown && resolved != null) {
        issues.add(
            ValueSetMessages.defaultVersionMismatch(system, resolved, codingVersion, location));
      }
    } else {
      resolved =
          resolve(
              registry,
              system,
              effective,
              codingVersion,
              codingKnown,
              fallback,
              issues,
              systemLocation);
      if (codingVersion != null && !Versions.matches(effective, codingVersion)) {
        issues.add(
            changed
                ? ValueSetMessages.changedVersionMismatch(
                    system, effective, stated, codingVersion, location)
                : ValueSetMessages.includeVersionMismatch(
                    system, effective, codingVersion, location));
      }
    }
    if (codingVersion != null && !codingKnown && registry.knows(system)) {
      issues.add(
          CodeSystemMessages.unknownSystemVersion(
              system, codingVersion, registry.versions(system), systemLocation));
    }
    if (check != null && resolved != null && !Versions.matches(check, resolved)) {
      issues.add(ValueSetMessages.versionCheckFailed(system, resolved, check, location));
    }
    boolean pinnedMissing =
        registry.knows(system) && effective != null && registry.find(system, effective).isEmpty();
    String unknown =
        pinnedMissing
            ? system + "|" + effective
            : registry.knows(system) && codingVersion != null && !codingKnown
                ? system + "|" + codingVersion
                : null;
    return new VersionChoice(resolved, issues, unknown, pinnedMissing);
  }

  private static String resolve(
      CodeSystemRegistry registry,
      String system,
      String effective,
      String codingVersion,
      boolean codingKnown,
      String fallback,
      List<Issue> issues,
      String location) {
    if (codingKnown && Versions.matches(effective, codingVersion)) {
      return codingVersion;
    }
    Optional<CodeSystemProvider> found = registry.find(system, effective);
    if (found.isPresent()) {
      return found.get().info().version();
    }
    if (registry.knows(system)) {
      issues.add(
          CodeSystemMessages.unknownSystemVersion(
              system, effective, registry.versions(system), location));
    }
    if (codingKnown) {
      return codingVersion;
    }
    return registry
        .find(system, fallback)
        .map(p -> p.info().version())
        .orElseGet(() -> latest(registry, system));
  }

  private static Optional<CodeSystemProvider> exact(
      CodeSystemRegistry registry, String system, String version) {
    return registry.find(system, version).filter(p -> version.equals(p.info().version()));
  }

  private static String latest(CodeSystemRegistry registry, String system) {
    return registry.find(system, null).map(p -> p.info().version()).orElse(null);
  }
}
