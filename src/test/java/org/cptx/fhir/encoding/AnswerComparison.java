package org.cptx.fhir.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Parameters;

/**
 * Compares a direct answer (written from the engine's result) with what HAPI's path makes of the
 * same result: the {@code Parameters} its operation method builds, written by {@link JsonAnswers}
 * (byte for byte), encoded by HAPI (as JSON trees, numbers exactly) and parsed back by HAPI ({@code
 * equalsDeep}). When HAPI's path refuses the result (a datatype throws) or leaves it to HAPI's
 * encoder, the direct answer must do so too.
 */
final class AnswerComparison {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private AnswerComparison() {}

  /**
   * @return true when both wrote the answer (and it was compared in full), false when both left it
   *     to HAPI
   */
  static boolean same(String what, Supplier<Parameters> hapiPath, JsonAnswer direct) {
    Optional<String> mine = direct(direct);
    Parameters built;
    try {
      built = hapiPath.get();
    } catch (RuntimeException refused) {
      assertThat(mine).as("refused on HAPI's path: %s\n%s", refused, what).isEmpty();
      return false;
    }
    Optional<String> streamed = JsonAnswers.encode(built);
    assertThat(mine).as(what).isEqualTo(streamed);
    if (mine.isEmpty()) {
      return false;
    }
    String hapi = FHIR.newJsonParser().encodeResourceToString(built);
    JsonNode hapiTree = tree(hapi);
    if (hapiTree == null) { // HAPI writes a decimal as it was given, even "01.5"
      return false;
    }
    assertThat(tree(mine.get())).as("%s\n%s", what, hapi).isEqualTo(hapiTree);
    Parameters fromMine = FHIR.newJsonParser().parseResource(Parameters.class, mine.get());
    Parameters fromHapi = FHIR.newJsonParser().parseResource(Parameters.class, hapi);
    assertThat(fromMine.equalsDeep(fromHapi)).as("%s\n%s", what, hapi).isTrue();
    return true;
  }

  /** The direct answer's JSON; empty when it leaves the answer to HAPI, or throws. */
  static Optional<String> direct(JsonAnswer answer) {
    try {
      return JsonAnswers.utf8(answer).map(b -> new String(b, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return Optional.empty(); // DirectOperations leaves it to HAPI
    }
  }

  private static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
