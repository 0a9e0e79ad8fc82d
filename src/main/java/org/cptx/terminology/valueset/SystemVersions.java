package org.cptx.terminology.valueset;

import java.util.Map;

/**
 * The code system versions a request asks for: {@code system-version} (used where a value set names no version)
 * and {@code force-system-version} (used whatever the value set says), each by system url.
 */
public record SystemVersions(Map<String, String> defaults, Map<String, String> forced) {

  public static final SystemVersions NONE = new SystemVersions(Map.of(), Map.of());

  public SystemVersions {
    defaults = Map.copyOf(defaults);
    forced = Map.copyOf(forced);
  }

  String pick(String system, String stated) {
    if (forced.containsKey(system)) {
      return forced.get(system);
    }
    return stated != null ? stated : defaults.get(system);
  }
}
