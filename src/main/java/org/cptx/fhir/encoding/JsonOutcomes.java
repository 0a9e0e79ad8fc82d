package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.cptx.fhir.encoding.JsonValues.Unsupported;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.StringType;

/**
 * Writes the OperationOutcome cptx puts in an answer (the {@code issues} of $validate-code) as HAPI
 * does: issues with their message-id extension, severity, code, details, diagnostics and where the
 * issue is. Anything else throws {@link Unsupported}.
 */
final class JsonOutcomes {

  private JsonOutcomes() {}

  static void outcome(JsonGenerator json, OperationOutcome oo) throws IOException {
    if (oo.hasId()
        || oo.hasMeta()
        || oo.hasImplicitRules()
        || oo.hasLanguage()
        || oo.hasText()
        || oo.hasContained()
        || oo.hasExtension()
        || oo.hasModifierExtension()) {
      throw new Unsupported("OperationOutcome elements");
    }
    json.writeStartObject();
    json.writeStringField("resourceType", "OperationOutcome");
    if (oo.hasIssue()) {
      json.writeFieldName(JsonNames.of("issue"));
      json.writeStartArray();
      for (OperationOutcomeIssueComponent issue : oo.getIssue()) {
        issue(json, issue);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void issue(JsonGenerator json, OperationOutcomeIssueComponent issue)
      throws IOException {
    if (issue.hasId() || issue.hasModifierExtension()) {
      throw new Unsupported("issue");
    }
    json.writeStartObject();
    JsonValues.extensions(json, issue.getExtension());
    JsonValues.primitive(json, "severity", issue.getSeverityElement());
    JsonValues.primitive(json, "code", issue.getCodeElement());
    if (issue.hasDetails()) {
      json.writeFieldName(JsonNames.of("details"));
      JsonValues.codeableConcept(json, issue.getDetails());
    }
    JsonValues.primitive(json, "diagnostics", issue.getDiagnosticsElement());
    strings(json, "location", issue.getLocation());
    strings(json, "expression", issue.getExpression());
    json.writeEndObject();
  }

  /**
   * An array of strings, each plain and not blank (else HAPI's nulls and "_" twins would apply).
   */
  private static void strings(JsonGenerator json, String name, List<StringType> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    json.writeFieldName(JsonNames.of(name));
    json.writeStartArray();
    for (StringType s : values) {
      JsonValues.plain(s);
      if (s.getValue() == null || s.getValue().isBlank()) {
        throw new Unsupported("blank " + name);
      }
      json.writeString(s.getValue());
    }
    json.writeEndArray();
  }
}
