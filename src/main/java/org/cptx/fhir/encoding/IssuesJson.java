package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import org.cptx.fhir.encoding.JsonValues.Unsupported;
import org.cptx.fhir.response.OperationOutcomes;
import org.cptx.terminology.Issue;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The engine's issues written as the OperationOutcome {@link OperationOutcomes#of} builds from
 * them, as {@link JsonOutcomes} writes that: the message-id extension, severity, code, details
 * (tx-issue-type coding and text) and expression of each.
 */
final class IssuesJson {

  private static final SerializableString RESOURCE_TYPE = JsonNames.of("resourceType");
  private static final SerializableString OPERATION_OUTCOME =
      new SerializedString("OperationOutcome");
  private static final SerializableString ISSUE = JsonNames.of("issue");
  private static final SerializableString EXTENSION = JsonNames.of("extension");
  private static final SerializableString URL = JsonNames.of("url");
  private static final SerializableString MESSAGE_ID =
      new SerializedString(OperationOutcomes.MESSAGE_ID_URL);
  private static final SerializableString SEVERITY = JsonNames.of("severity");
  private static final SerializableString CODE = JsonNames.of("code");
  private static final SerializableString DETAILS = JsonNames.of("details");
  private static final SerializableString CODING = JsonNames.of("coding");
  private static final SerializableString SYSTEM = JsonNames.of("system");
  private static final SerializableString TX_ISSUE_TYPE =
      new SerializedString(OperationOutcomes.TX_ISSUE_TYPE);
  private static final SerializableString TEXT = JsonNames.of("text");
  private static final SerializableString EXPRESSION = JsonNames.of("expression");

  private IssuesJson() {}

  static void outcome(JsonGenerator json, List<Issue> issues) throws IOException {
    json.writeStartObject();
    json.writeFieldName(RESOURCE_TYPE);
    json.writeString(OPERATION_OUTCOME);
    json.writeFieldName(ISSUE);
    json.writeStartArray();
    for (Issue issue : issues) {
      issue(json, issue);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void issue(JsonGenerator json, Issue issue) throws IOException {
    json.writeStartObject();
    if (issue.messageId() != null && !issue.messageId().isBlank()) { // HAPI adds no empty one
      json.writeFieldName(EXTENSION);
      json.writeStartArray();
      json.writeStartObject();
      json.writeFieldName(URL);
      json.writeString(MESSAGE_ID);
      json.writeFieldName(ParametersJson.STRING);
      json.writeString(issue.messageId());
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeFieldName(SEVERITY);
    json.writeString(issue.severity().code());
    if (issue.type() != null && !issue.type().isEmpty()) {
      json.writeFieldName(CODE);
      json.writeString(IssueType.fromCode(issue.type()).toCode()); // refused as HAPI refuses it
    }
    details(json, issue);
    expressions(json, issue.location());
    json.writeEndObject();
  }

  /** The details: the tx-issue-type coding and the text, as a CodeableConcept (none when empty). */
  private static void details(JsonGenerator json, Issue issue) throws IOException {
    boolean text = issue.text() != null && !issue.text().isBlank();
    if (issue.txType() == null && !text) {
      return;
    }
    json.writeFieldName(DETAILS);
    json.writeStartObject();
    if (issue.txType() != null) {
      json.writeFieldName(CODING);
      json.writeStartArray();
      json.writeStartObject();
      json.writeFieldName(SYSTEM);
      json.writeString(TX_ISSUE_TYPE);
      ParametersJson.textField(json, CODE, issue.txType());
      json.writeEndObject();
      json.writeEndArray();
    }
    ParametersJson.textField(json, TEXT, issue.text());
    json.writeEndObject();
  }

  private static void expressions(JsonGenerator json, List<String> location) throws IOException {
    if (location.isEmpty()) {
      return;
    }
    json.writeFieldName(EXPRESSION);
    json.writeStartArray();
    for (String expression : location) {
      if (expression == null || expression.isBlank()) {
        throw new Unsupported("blank expression"); // HAPI's nulls and "_" twins would apply
      }
      json.writeString(expression);
    }
    json.writeEndArray();
  }
}
