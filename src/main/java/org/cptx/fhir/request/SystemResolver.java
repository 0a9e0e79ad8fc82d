package org.cptx.fhir.request;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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
    return agree(
            operation, "system", Stream.of(param, fromCoding, instance.map(CodeSystem::getUrl)))
        .orElseThrow(() -> RequestMessages.missingParameter(operation, "a 'system' for the code"));
  }

  static String version(
      String operation,
      Optional<String> param,
      Optional<String> fromCoding,
      Optional<CodeSystem> instance) {
    return agree(
            operation,
            "version",
            Stream.of(param, fromCoding, instance.map(CodeSystem::getVersion)))
        .orElse(null);
  }

  private static Optional<String> agree(
      String operation, String what, Stream<Optional<String>> sources) {
    var values = sources.flatMap(Optional::stream).filter(Objects::nonNull).distinct().toList();
    if (values.size() > 1) {
      throw RequestMessages.contradiction(
          operation,
          "the request names more than one " + what + ": " + String.join(" and ", values));
    }
    return values.stream().findFirst();
  }
}
