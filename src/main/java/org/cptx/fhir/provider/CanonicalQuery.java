package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * The {@code url} and {@code version} of a conformance-resource search. {@code url} may be a
 * canonical, {@code url|version}, as FHIR writes it or with the bar escaped ({@code url\|version},
 * as HAPI's JPA server sends it; HAPI's UriParam normally unescapes it, a bar still escaped is
 * taken too). A {@code version} beside a canonical's version must name the same one, or nothing
 * matches.
 *
 * @param url the url asked for, or null
 * @param version the version asked for, or null
 * @param contradictory true when the canonical's version and the {@code version} parameter differ
 */
record CanonicalQuery(String url, String version, boolean contradictory) {

  static CanonicalQuery of(UriParam url, TokenParam version) {
    String versionParam = version == null || version.getValue() == null ? null : version.getValue();
    if (url == null || url.getValue() == null) {
      return new CanonicalQuery(null, versionParam, false);
    }
    String value = url.getValue().replace("\\|", "|");
    int bar = value.indexOf('|');
    if (bar < 0) {
      return new CanonicalQuery(value, versionParam, false);
    }
    String canonicalVersion = bar == value.length() - 1 ? null : value.substring(bar + 1);
    boolean contradictory =
        canonicalVersion != null && versionParam != null && !canonicalVersion.equals(versionParam);
    return new CanonicalQuery(
        value.substring(0, bar),
        canonicalVersion != null ? canonicalVersion : versionParam,
        contradictory);
  }

  boolean matches(MetadataResource resource) {
    return !contradictory
        && (url == null || url.equals(resource.getUrl()))
        && (version == null || version.equals(resource.getVersion()));
  }
}
