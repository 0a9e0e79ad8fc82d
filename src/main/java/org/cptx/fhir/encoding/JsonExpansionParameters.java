package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.cptx.fhir.response.ExpansionResponse;
import org.cptx.terminology.valueset.Expansion;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;

/**
 * The {@code expansion.parameter} list of an answer {@link JsonExpansions} writes, in the order
 * {@link ExpansionResponse} gives it: the request's echoed parameters, {@code used-codesystem}, the
 * notes ({@code used-valueset}, {@code warning-...}), {@code versionsMatch}, and the display
 * language when the request's parameters did not name it.
 */
final class JsonExpansionParameters {

  private JsonExpansionParameters() {}

  static void write(
      JsonGenerator json, Expansion expansion, ExpansionRequest request, Parameters echoed)
      throws IOException {
    String displayLanguage = request.presentation().displayLanguage();
    boolean languageEchoed = echoed.hasParameter("displayLanguage");
    boolean language = !languageEchoed && displayLanguage != null;
    if (!echoed.hasParameter()
        && expansion.usedCodeSystems().isEmpty()
        && expansion.notes().isEmpty()
        && !Boolean.TRUE.equals(expansion.versionsMatch())
        && !language) {
      return;
    }
    json.writeFieldName(JsonNames.of("parameter"));
    json.writeStartArray();
    for (ParametersParameterComponent p : echoed.getParameter()) {
      json.writeStartObject();
      JsonExpansions.text(json, "name", p.getName());
      JsonValues.choice(
          json,
          "value",
          p.getName().equals("displayLanguage")
              ? ExpansionResponse.languages(p.getValue())
              : p.getValue(),
          JsonAnswers.EXPANSION_PARAMETER_TYPES);
      json.writeEndObject();
    }
    for (String used : expansion.usedCodeSystems()) {
      uri(json, "used-codesystem", used);
    }
    for (Expansion.Note note : expansion.notes()) {
      uri(json, note.name(), note.uri());
    }
    if (Boolean.TRUE.equals(expansion.versionsMatch())) {
      json.writeStartObject();
      JsonExpansions.text(json, "name", "versionsMatch");
      json.writeFieldName(JsonNames.choice("value", "boolean"));
      json.writeBoolean(true);
      json.writeEndObject();
    }
    if (language) {
      json.writeStartObject();
      JsonExpansions.text(json, "name", "displayLanguage");
      JsonExpansions.text(json, "valueCode", displayLanguage);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void uri(JsonGenerator json, String name, String uri) throws IOException {
    json.writeStartObject();
    JsonExpansions.text(json, "name", name);
    JsonExpansions.text(json, "valueUri", uri);
    json.writeEndObject();
  }
}
