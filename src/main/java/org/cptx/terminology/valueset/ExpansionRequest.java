package org.cptx.terminology.valueset;

import java.util.List;

/**
 * A typed $expand request (the value set itself is resolved before).
 *
 * @param count the page size, or null for all (within the limit)
 * @param filter text the codes must match, or null
 * @param includeDefinition echoed, and the answer carries the value set's definition (extensions, compose) beside the
 *     expansion; a code's definition is returned when {@code property=definition}
 *     asks for it
 * @param properties the concept properties to return with each code
 * @param designations the designations wanted ({@code urn:ietf:bcp:47|lang} for a language, {@code system|code} for a
 *     use); empty for all
 * @param excludeNested true for a flat list; otherwise codes nest under their parents where the value set is not
 *     an enumeration and the whole expansion fits in one page
 */
public record ExpansionRequest(
    Integer count,
    int offset,
    String filter,
    boolean activeOnly,
    boolean includeDesignations,
    boolean includeDefinition,
    String displayLanguage,
    List<String> properties,
    SystemVersions versions,
    boolean excludeNested,
    List<String> designations) {

  public ExpansionRequest {
    properties = List.copyOf(properties);
    designations = List.copyOf(designations);
  }

  /** A request that keeps every designation. */
  public ExpansionRequest(Integer count, int offset, String filter, boolean activeOnly, boolean includeDesignations,
      boolean includeDefinition, String displayLanguage, List<String> properties, SystemVersions versions,
      boolean excludeNested) {
    this(count, offset, filter, activeOnly, includeDesignations, includeDefinition, displayLanguage, properties,
        versions, excludeNested, List.of());
  }

  /** Everything, in one page: what a caller inside the engine uses. */
  public static ExpansionRequest all() {
    return new ExpansionRequest(null, 0, null, false, false, false, null, List.of(), SystemVersions.NONE,
        true);
  }
}
