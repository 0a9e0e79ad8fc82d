package org.cptx.terminology.valueset;

import java.util.Map;

/**
 * The code system versions a request asks for, each by system url and each possibly a wildcard
 * ({@code 1.0.x}): {@code system-version} (used where a value set names no version), {@code
 * force-system-version} (used whatever the value set says) and {@code check-system-version} (the
 * version used must match); and, inside the engine, the version a validation settled on for
 * includes that name none.
 */
public record SystemVersions(
    Map<String, String> defaults,
    Map<String, String> forced,
    Map<String, String> checks,
    Map<String, String> pinned,
    Map<String, String> valueSetDefaults) {

  public static final SystemVersions NONE = new SystemVersions(Map.of(), Map.of(), Map.of());

  public SystemVersions(
      Map<String, String> defaults, Map<String, String> forced, Map<String, String> checks) {
    this(defaults, forced, checks, Map.of(), Map.of());
  }

  /**
   * These versions with {@code default-valueset-version} entries: the version of a value set
   * imported unversioned.
   */
  public SystemVersions withValueSetDefaults(Map<String, String> valueSets) {
    return new SystemVersions(defaults, forced, checks, pinned, valueSets);
  }

  public SystemVersions {
    defaults = Map.copyOf(defaults);
    forced = Map.copyOf(forced);
    checks = Map.copyOf(checks);
    pinned = Map.copyOf(pinned);
    valueSetDefaults = Map.copyOf(valueSetDefaults);
  }

  /**
   * The version an include uses: forced, else the concrete version it states, else the version
   * pinned for this request, else its wildcard, else the default.
   */
  String pick(String system, String stated) {
    if (forced.containsKey(system)) {
      return forced.get(system);
    }
    if (stated != null && !org.cptx.terminology.Versions.isPattern(stated)) {
      return stated;
    }
    if (pinned.containsKey(system)) {
      return pinned.get(system);
    }
    return stated != null ? stated : defaults.get(system);
  }

  /**
   * These versions with the includes of a system that name no concrete version bound to this one.
   */
  SystemVersions pinning(String system, String version) {
    Map<String, String> more = new java.util.HashMap<>(pinned);
    more.put(system, version);
    return new SystemVersions(defaults, forced, checks, more, valueSetDefaults);
  }
}
