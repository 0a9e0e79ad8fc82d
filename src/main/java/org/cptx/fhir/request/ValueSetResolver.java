package org.cptx.fhir.request;

import java.util.Optional;
import org.cptx.content.convert.FhirValueSets;
import org.cptx.terminology.ValueSetReference;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The value set a ValueSet operation names: the instance in the URL, a {@code valueSet} resource,
 * or a {@code url} (with {@code valueSetVersion}, or {@code url|version}). The engine resolves a
 * url.
 */
final class ValueSetResolver {

  private ValueSetResolver() {}

  /**
   * The value set named; null when none is, which is an error unless the operation may do without
   * one.
   */
  static ValueSetReference reference(
      String operation, OperationParameters params, Optional<ValueSet> instance, boolean required) {
    int given =
        (instance.isPresent() ? 1 : 0)
            + (params.has("valueSet") ? 1 : 0)
            + (params.has("url") ? 1 : 0);
    if (given == 0) {
      if (!required) {
        return null;
      }
      throw RequestMessages.missingParameter(
          operation, "a value set: 'url', 'valueSet', or a ValueSet id in the URL");
    }
    if (given > 1
        && !(instance.isPresent()
            && params.string("url").equals(Optional.of(instance.get().getUrl())))) {
      throw RequestMessages.contradiction(
          operation, "name the value set once: by id, 'url' or 'valueSet'");
    }
    if (instance.isPresent()) {
      return ValueSetReference.of(FhirValueSets.definition(instance.get()));
    }
    Optional<Resource> inline = params.resource("valueSet");
    if (inline.isPresent()) {
      if (!(inline.get() instanceof ValueSet vs)) {
        throw RequestMessages.wrongParameterType(operation, "valueSet", "ValueSet");
      }
      return ValueSetReference.of(FhirValueSets.definition(vs));
    }
    String url = params.string("url").orElseThrow();
    String version = params.string("valueSetVersion").orElse(null);
    int bar = url.indexOf('|');
    if (bar >= 0) {
      version = url.substring(bar + 1);
      url = url.substring(0, bar);
    }
    return ValueSetReference.of(url, version);
  }
}
