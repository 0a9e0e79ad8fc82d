package org.cptx.fhir.encoding;

import static org.cptx.fhir.encoding.ParametersJson.CANONICAL;
import static org.cptx.fhir.encoding.ParametersJson.CODE;
import static org.cptx.fhir.encoding.ParametersJson.STRING;
import static org.cptx.fhir.encoding.ParametersJson.URI;
import static org.cptx.fhir.encoding.ParametersJson.name;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.LookupResult;
import org.cptx.terminology.model.Designation;

/**
 * A {@link LookupResult} written as the $lookup output Parameters, straight from the result: the
 * JSON {@code fhir/response/LookupResponse} gives once encoded, without building it.
 */
public final class LookupAnswers {

  private static final SerializableString NAME = name("name");
  private static final SerializableString SYSTEM = name("system");
  private static final SerializableString VERSION = name("version");
  private static final SerializableString CODE_NAME = name("code");
  private static final SerializableString DISPLAY = name("display");
  private static final SerializableString ABSTRACT = name("abstract");
  private static final SerializableString DEFINITION = name("definition");
  private static final SerializableString DESIGNATION = name("designation");
  private static final SerializableString LANGUAGE = name("language");
  private static final SerializableString USE = name("use");
  private static final SerializableString SOURCE = name("source");
  private static final SerializableString VALUE = name("value");
  private static final SerializableString PROPERTY = name("property");
  private static final SerializableString DESCRIPTION = name("description");
  private static final SerializableString SUBPROPERTY = name("subproperty");
  private static final SerializableString USED_SUPPLEMENT = name("used-supplement");

  private LookupAnswers() {}

  public static JsonAnswer of(LookupResult result) {
    return json -> write(json, result);
  }

  private static void write(JsonGenerator json, LookupResult result) throws IOException {
    CodeSystemInfo cs = result.system();
    ParametersJson.begin(json);
    ParametersJson.text(json, NAME, STRING, cs.name() != null ? cs.name() : cs.url());
    ParametersJson.text(json, SYSTEM, URI, cs.url());
    if (cs.version() != null) {
      ParametersJson.text(json, VERSION, STRING, cs.version());
    }
    ParametersJson.text(json, CODE_NAME, CODE, result.code());
    if (result.display() != null) {
      ParametersJson.text(json, DISPLAY, STRING, result.display());
    }
    ParametersJson.bool(json, ABSTRACT, result.notSelectable());
    if (result.definition() != null) {
      ParametersJson.text(json, DEFINITION, STRING, result.definition());
    }
    details(json, result);
    ParametersJson.end(json);
  }

  /** The designations, properties and supplements used. */
  private static void details(JsonGenerator json, LookupResult result) throws IOException {
    for (Designation d : result.designations()) {
      designation(json, d);
    }
    for (ConceptProperty property : result.properties()) {
      SerializableString fragment = PropertyFragments.of(property, LookupAnswers::property);
      if (fragment != null) {
        json.writeRawValue(fragment);
      } else {
        property(json, property);
      }
    }
    for (String supplement : result.supplements()) {
      ParametersJson.text(json, USED_SUPPLEMENT, CANONICAL, supplement);
    }
  }

  private static void designation(JsonGenerator json, Designation d) throws IOException {
    ParametersJson.open(json, DESIGNATION);
    ParametersJson.parts(json);
    SerializableString head = DesignationHeads.of(d, LookupAnswers::head);
    if (head != null) {
      json.writeRawValue(head);
    } else {
      head(json, d);
    }
    ParametersJson.text(json, VALUE, STRING, d.value());
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The parts of a designation before its value: language, use, source. */
  private static void head(JsonGenerator json, Designation d) throws IOException {
    if (d.language() != null) {
      ParametersJson.text(json, LANGUAGE, CODE, d.language());
    }
    if (d.use() != null) {
      ParametersJson.coding(json, USE, d.use());
    }
    if (d.source() != null) {
      ParametersJson.text(json, SOURCE, CANONICAL, d.source());
    }
  }

  private static void property(JsonGenerator json, ConceptProperty property) throws IOException {
    ParametersJson.open(json, PROPERTY);
    ParametersJson.parts(json);
    ParametersJson.text(json, CODE_NAME, CODE, property.code());
    if (property.description() != null) {
      ParametersJson.text(json, DESCRIPTION, STRING, property.description());
    }
    if (property.value() != null) {
      ParametersJson.value(json, VALUE, property.value());
    }
    for (ConceptProperty sub : property.subproperties()) {
      ParametersJson.open(json, SUBPROPERTY);
      ParametersJson.parts(json);
      ParametersJson.text(json, CODE_NAME, CODE, sub.code());
      ParametersJson.value(json, VALUE, sub.value());
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
