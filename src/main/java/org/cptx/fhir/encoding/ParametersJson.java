package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.cptx.fhir.convert.EngineValues;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Value;

/**
 * Writes a {@code Parameters} answer from the engine's own values, as {@link JsonAnswers} writes
 * the HAPI {@code Parameters} built from them: the same fields in the same order, an empty
 * primitive (null or blank text) left out as HAPI leaves it out. Names are encoded once ({@link
 * #name}). A value whose text HAPI would check or change on its way into a datatype (a decimal,
 * date or dateTime not in its plainest form, a primitive of another type, a complex datatype) goes
 * through that datatype, so that it is written, or refused, as on HAPI's path.
 */
final class ParametersJson {

  static final SerializableString STRING = JsonNames.choice("value", "string");
  static final SerializableString CODE = JsonNames.choice("value", "code");
  static final SerializableString URI = JsonNames.choice("value", "uri");
  static final SerializableString CANONICAL = JsonNames.choice("value", "canonical");
  private static final SerializableString BOOLEAN = JsonNames.choice("value", "boolean");
  private static final SerializableString INTEGER = JsonNames.choice("value", "integer");
  private static final SerializableString DECIMAL = JsonNames.choice("value", "decimal");
  private static final SerializableString DATE = JsonNames.choice("value", "date");
  private static final SerializableString DATE_TIME = JsonNames.choice("value", "dateTime");
  private static final SerializableString CODING = JsonNames.choice("value", "coding");

  private static final SerializableString RESOURCE_TYPE = JsonNames.of("resourceType");
  private static final SerializableString PARAMETERS = new SerializedString("Parameters");
  private static final SerializableString PARAMETER = JsonNames.of("parameter");
  private static final SerializableString NAME = JsonNames.of("name");
  private static final SerializableString PART = JsonNames.of("part");

  private ParametersJson() {}

  /** A parameter name, encoded once. */
  static SerializableString name(String name) {
    return new SerializedString(name);
  }

  /** {@code {"resourceType":"Parameters","parameter":[}: the answer has at least one parameter. */
  static void begin(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeFieldName(RESOURCE_TYPE);
    json.writeString(PARAMETERS);
    json.writeFieldName(PARAMETER);
    json.writeStartArray();
  }

  static void end(JsonGenerator json) throws IOException {
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Opens a parameter (or part) object with its name; the caller writes the rest and closes it. */
  static void open(JsonGenerator json, SerializableString name) throws IOException {
    json.writeStartObject();
    json.writeFieldName(NAME);
    json.writeString(name);
  }

  /** Opens the {@code part} array of the open parameter. */
  static void parts(JsonGenerator json) throws IOException {
    json.writeFieldName(PART);
    json.writeStartArray();
  }

  /** A parameter with a text value of the type {@code field} names, e.g. {@link #CODE}. */
  static void text(
      JsonGenerator json, SerializableString name, SerializableString field, String text)
      throws IOException {
    open(json, name);
    textField(json, field, text);
    json.writeEndObject();
  }

  static void bool(JsonGenerator json, SerializableString name, boolean value) throws IOException {
    open(json, name);
    json.writeFieldName(BOOLEAN);
    json.writeBoolean(value);
    json.writeEndObject();
  }

  /** A parameter with an engine value (none when null). */
  static void value(JsonGenerator json, SerializableString name, Value value) throws IOException {
    open(json, name);
    if (value != null) {
      value(json, value);
    }
    json.writeEndObject();
  }

  /** A parameter with a Coding value (none when null or empty). */
  static void coding(JsonGenerator json, SerializableString name, Coding coding)
      throws IOException {
    open(json, name);
    codingField(json, coding);
    json.writeEndObject();
  }

  /** A text field, left out when the text is empty, as HAPI leaves out an empty primitive. */
  static void textField(JsonGenerator json, SerializableString field, String text)
      throws IOException {
    if (!blank(text)) {
      json.writeFieldName(field);
      json.writeString(text);
    }
  }

  /** The {@code value[x]} field of an engine value. */
  private static void value(JsonGenerator json, Value value) throws IOException {
    if (value instanceof Value.StringValue v) {
      textField(json, STRING, v.value());
    } else if (value instanceof Value.CodeValue v) {
      textField(json, CODE, v.value());
    } else if (value instanceof Value.CodingValue v) {
      codingField(json, v.coding());
    } else if (value instanceof Value.BooleanValue v) {
      json.writeFieldName(BOOLEAN);
      json.writeBoolean(v.value());
    } else if (value instanceof Value.IntegerValue v) {
      json.writeFieldName(INTEGER);
      json.writeNumber(v.value());
    } else if (value instanceof Value.DecimalValue v && PlainText.decimal(v.value())) {
      json.writeFieldName(DECIMAL);
      json.writeNumber(v.value());
    } else if (value instanceof Value.DateValue v && PlainText.date(v.value())) {
      textField(json, DATE, v.value());
    } else if (value instanceof Value.DateTimeValue v && PlainText.date(v.value())) {
      textField(json, DATE_TIME, v.value());
    } else {
      JsonValues.choice(json, "value", EngineValues.type(value));
    }
  }

  private static void codingField(JsonGenerator json, Coding c) throws IOException {
    if (c == null
        || blank(c.system()) && blank(c.version()) && blank(c.code()) && blank(c.display())) {
      return;
    }
    json.writeFieldName(CODING);
    json.writeStartObject();
    textField(json, Fields.SYSTEM, c.system());
    textField(json, Fields.VERSION, c.version());
    textField(json, Fields.CODE, c.code());
    textField(json, Fields.DISPLAY, c.display());
    json.writeEndObject();
  }

  /** Null or blank: a primitive HAPI leaves out. */
  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The field names of a Coding. */
  private static final class Fields {
    static final SerializableString SYSTEM = JsonNames.of("system");
    static final SerializableString VERSION = JsonNames.of("version");
    static final SerializableString CODE = JsonNames.of("code");
    static final SerializableString DISPLAY = JsonNames.of("display");
  }
}
