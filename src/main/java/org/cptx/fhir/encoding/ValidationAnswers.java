package org.cptx.fhir.encoding;

import static org.cptx.fhir.encoding.ParametersJson.CANONICAL;
import static org.cptx.fhir.encoding.ParametersJson.CODE;
import static org.cptx.fhir.encoding.ParametersJson.STRING;
import static org.cptx.fhir.encoding.ParametersJson.URI;
import static org.cptx.fhir.encoding.ParametersJson.name;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import org.cptx.fhir.response.ValidationAnswer;
import org.cptx.terminology.CheckedCoding;
import org.cptx.terminology.UnknownSystem;
import org.cptx.terminology.ValidationResult;

/**
 * A $validate-code answer written as its output Parameters straight from the engine's result: the
 * JSON {@code fhir/response/ValidationResponse} gives once encoded, without building it.
 */
public final class ValidationAnswers {

  private static final SerializableString CODEABLE_CONCEPT = name("codeableConcept");
  private static final SerializableString RESULT = name("result");
  private static final SerializableString SYSTEM = name("system");
  private static final SerializableString VERSION = name("version");
  private static final SerializableString CODE_NAME = name("code");
  private static final SerializableString DISPLAY = name("display");
  private static final SerializableString NORMALIZED_CODE = name("normalized-code");
  private static final SerializableString INACTIVE = name("inactive");
  private static final SerializableString STATUS = name("status");
  private static final SerializableString MESSAGE = name("message");
  private static final SerializableString CAUSED_BY = name("x-caused-by-unknown-system");
  private static final SerializableString UNKNOWN = name("x-unknown-system");
  private static final SerializableString ISSUES = name("issues");
  private static final SerializableString DIAGNOSTICS = name("diagnostics");
  private static final SerializableString RESOURCE = JsonNames.of("resource");

  private ValidationAnswers() {}

  public static JsonAnswer of(ValidationAnswer answer) {
    return json -> write(json, answer);
  }

  private static void write(JsonGenerator json, ValidationAnswer answer) throws IOException {
    ValidationResult result = answer.result();
    ParametersJson.begin(json);
    if (answer.codeableConcept() != null) {
      ParametersJson.open(json, CODEABLE_CONCEPT);
      JsonValues.choice(json, "value", answer.codeableConcept());
      json.writeEndObject();
    }
    ParametersJson.bool(json, RESULT, result.result());
    coding(json, result.coding());
    status(json, result);
    if (!result.issues().isEmpty()) {
      ParametersJson.open(json, ISSUES);
      json.writeFieldName(RESOURCE);
      IssuesJson.outcome(json, result.issues());
      json.writeEndObject();
    }
    if (answer.diagnostics() != null) {
      ParametersJson.text(json, DIAGNOSTICS, STRING, answer.diagnostics());
    }
    ParametersJson.end(json);
  }

  /** What else the result says of the code: inactive, status, message, unknown system. */
  private static void status(JsonGenerator json, ValidationResult result) throws IOException {
    if (result.status().inactive()) {
      ParametersJson.bool(json, INACTIVE, true);
    }
    if (result.status().code() != null) {
      ParametersJson.text(json, STATUS, CODE, result.status().code());
    }
    String message = result.message();
    if (message != null) {
      ParametersJson.text(json, MESSAGE, STRING, message);
    }
    UnknownSystem unknown = result.unknownSystem();
    if (unknown != null) {
      ParametersJson.text(
          json, unknown.causedFailure() ? CAUSED_BY : UNKNOWN, CANONICAL, unknown.canonical());
    }
  }

  private static void coding(JsonGenerator json, CheckedCoding coding) throws IOException {
    if (coding.system() != null) {
      ParametersJson.text(json, SYSTEM, URI, coding.system());
    }
    if (coding.version() != null) {
      ParametersJson.text(json, VERSION, STRING, coding.version());
    }
    if (coding.code() != null) {
      ParametersJson.text(json, CODE_NAME, CODE, coding.code());
    }
    if (coding.display() != null) {
      ParametersJson.text(json, DISPLAY, STRING, coding.display());
    }
    if (coding.normalizedCode() != null) {
      ParametersJson.text(json, NORMALIZED_CODE, CODE, coding.normalizedCode());
    }
  }
}
