package org.cptx.terminology;

import java.util.Set;

/**
 * A typed $lookup request.
 *
 * @param properties the property codes asked for; empty or {@code *} means all
 * @param displayLanguage the language the display should be in, or null
 * @param includeDesignations whether designations are returned whatever {@code properties} says;
 *     null: as {@code properties} says ({@code designation} counts as a property there)
 */
public record LookupRequest(
    String system,
    String version,
    String code,
    Set<String> properties,
    String displayLanguage,
    Boolean includeDesignations) {

  public LookupRequest {
    properties = Set.copyOf(properties);
  }

  /** A request that leaves designations to {@code properties}. */
  public LookupRequest(
      String system, String version, String code, Set<String> properties, String displayLanguage) {
    this(system, version, code, properties, displayLanguage, null);
  }

  public boolean wants(String property) {
    if (DESIGNATION.equals(property) && includeDesignations != null) {
      return includeDesignations;
    }
    return properties.isEmpty() || properties.contains("*") || properties.contains(property);
  }

  private static final String DESIGNATION = "designation";
}
