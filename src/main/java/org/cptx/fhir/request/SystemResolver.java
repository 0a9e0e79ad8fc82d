package org.cptx.fhir.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * The code system and version a request is about, from every place they may be given (a parameter,
 * a coding, the CodeSystem instance in the URL); places that disagree make the request
 * contradictory.
 */
final class SystemResolver {

  private SystemResolver() {}

  static String system(
      String operation,
      Optional<String> param,
      Optional<String> fromCoding,
      Optional<CodeSystem> instance) {
    return agree(operation, "system", param, fromCoding, instance.map(CodeSystem::getUrl))
        .orElseThrow(() -> RequestMessages.missingParameter(operation, "a 'system' for the code"));
  }

  static String version(
      String operation,
      Optional<String> param,
      Optional<String> fromCoding,
      Optional<CodeSystem> instance) {
    return agree(operation, "version", param, fromCoding, instance.map(CodeSystem::getVersion))
        .orElse(null);
  }

  /** The one value the places give; a contradiction when they give different ones. */
  @SafeVarargs
  private static Optional<String> agree(
      String operation, String what, Optional<String>... sources) {
    List<String> values = new ArrayList<>(sources.length);
    for (Optional<String> source : sources) {
      if (source.isPresent() && !values.contains(source.get())) {
        values.add(source.get());
      }
    }
    if (values.size() > 1) {
      throw RequestMessages.contradiction(
          operation,
          "the request names more than one " + what + ": " + String.join(" and ", values));
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
