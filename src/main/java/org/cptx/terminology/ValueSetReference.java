package org.cptx.terminology;

import org.cptx.terminology.model.ValueSetDefinition;

/**
 * The value set a ValueSet operation names: a resource (sent with the request, or the instance in
 * the URL), or a canonical url with an optional version, which the engine resolves among the
 * server's and the request's value sets.
 */
public record ValueSetReference(String url, String version, ValueSetDefinition resource) {

  public static ValueSetReference of(ValueSetDefinition resource) {
    return new ValueSetReference(null, null, resource);
  }

  public static ValueSetReference of(String url, String version) {
    return new ValueSetReference(url, version, null);
  }
}
