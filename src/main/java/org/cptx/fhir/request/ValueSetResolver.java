package org.cptx.fhir.request;

import java.util.Optional;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/** The value set a ValueSet operation is about: the instance in the URL, a {@code valueSet} resource, or a {@code url}. */
final class ValueSetResolver {

  private ValueSetResolver() {}

  /**
   * The engine for a ValueSet operation and its value set: the request's own resources in scope, then the value set
   * resolved, then the supplements that value set names applied as well.
   */
  static Scoped<ValueSet> scoped(String operation, OperationParameters params, Optional<ValueSet> instance,
      Terminology base) {
    Terminology terminology = TxResources.scope(base, params);
    ValueSet valueSet = resolve(operation, params, instance, terminology);
    java.util.List<String> supplements = supplements(valueSet);
    if (!supplements.isEmpty()) {
      terminology = TxResources.scope(base, params, supplements);
    }
    return new Scoped<>(terminology, valueSet);
  }

  /** The supplements a value set asks to be applied (its valueset-supplement extensions). */
  static java.util.List<String> supplements(ValueSet valueSet) {
    return valueSet.getExtensionsByUrl("http://hl7.org/fhir/StructureDefinition/valueset-supplement").stream()
        .filter(e -> e.getValue() != null).map(e -> e.getValue().primitiveValue()).toList();
  }

  static ValueSet resolve(String operation, OperationParameters params, Optional<ValueSet> instance,
      Terminology terminology) {
    int given = (instance.isPresent() ? 1 : 0) + (params.has("valueSet") ? 1 : 0) + (params.has("url") ? 1 : 0);
    if (given == 0) {
      throw RequestMessages.missingParameter(operation, "a value set: 'url', 'valueSet', or a ValueSet id in the URL");
    }
    if (given > 1 && !(instance.isPresent() && params.string("url").equals(Optional.of(instance.get().getUrl())))) {
      throw RequestMessages.contradiction(operation, "name the value set once: by id, 'url' or 'valueSet'");
    }
    if (instance.isPresent()) {
      return instance.get();
    }
    Optional<Resource> inline = params.resource("valueSet");
    if (inline.isPresent()) {
      if (!(inline.get() instanceof ValueSet vs)) {
        throw RequestMessages.wrongParameterType(operation, "valueSet", "ValueSet");
      }
      return vs;
    }
    String url = params.string("url").orElseThrow();
    String version = params.string("valueSetVersion").orElse(null);
    int bar = url.indexOf('|');
    if (bar >= 0) {
      version = url.substring(bar + 1);
      url = url.substring(0, bar);
    }
    return terminology.valueSet(url, version);
  }
}
