package org.cptx.terminology;

import java.util.Set;

/**
 * A typed $lookup request.
 *
 * @param properties the property codes asked for; empty or {@code *} means all
 * @param displayLanguage the language the display should be in, or null
 */
public record LookupRequest(
    String system, String version, String code, Set<String> properties, String displayLanguage) {

  public LookupRequest {
    properties = Set.copyOf(properties);
  }

  public boolean wants(String property) {
    return properties.isEmpty() || properties.contains("*") || properties.contains(property);
  }
}
