package org.cptx.fhir.request;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The code a $validate-code request gives, in one of its three forms ({@code code} with {@code
 * system} and {@code display}, a {@code coding}, or a {@code codeableConcept}), as {@link
 * CodingInput}s that know the request path they came from.
 */
final class CodingInputs {

  /** What a request whose codeableConcept has no coding is told it needs. */
  static final String NO_CODING = "at least one coding in the codeableConcept";

  private CodingInputs() {}

  /**
   * Refuses a request that gives none or more than one of the three forms.
   *
   * @param missing what the request is told it needs when it gives none
   */
  static void requireOne(OperationParameters params, String missing) {
    int given =
        (params.has("code") ? 1 : 0)
            + (params.has("coding") ? 1 : 0)
            + (params.has("codeableConcept") ? 1 : 0);
    if (given == 0) {
      throw RequestMessages.missingParameter(params.operation(), missing);
    }
    if (given > 1) {
      throw RequestMessages.contradiction(
          params.operation(), "give only one of 'code', 'coding' and 'codeableConcept'");
    }
  }

  /**
   * The {@code code} and {@code display} parameters, with the system and version they are checked
   * against.
   */
  static CodingInput fromParameters(OperationParameters params, String system, String version) {
    return new CodingInput(
        system,
        version,
        params.string("code").orElseThrow(),
        params.string("display").orElse(null),
        "");
  }

  /** A {@code coding}, with the system and version it is checked against. */
  static CodingInput fromCoding(Coding coding, String system, String version) {
    return new CodingInput(system, version, coding.getCode(), coding.getDisplay(), "Coding.");
  }

  /**
   * Each coding of a {@code codeableConcept}, in order (each reader decides what counts as having
   * none).
   */
  static List<CodingInput> fromCodeableConcept(CodeableConcept concept) {
    List<CodingInput> codings = new ArrayList<>();
    for (int i = 0; i < concept.getCoding().size(); i++) {
      Coding c = concept.getCoding().get(i);
      if (c.isEmpty()) {
        continue; // an empty coding says nothing; one with only some parts is still checked
      }
      codings.add(
          new CodingInput(
              c.getSystem(),
              c.getVersion(),
              c.getCode(),
              c.getDisplay(),
              "CodeableConcept.coding[" + i + "]."));
    }
    return codings;
  }
}
