package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Type;

/**
 * Writes the FHIR datatypes cptx's answers hold (primitives, Coding, CodeableConcept, extensions)
 * as FHIR JSON, the way HAPI's parser does. Anything else, or an element with an id or extensions
 * where cptx puts none, throws {@link Unsupported}: the caller then lets HAPI encode the whole
 * answer.
 */
final class JsonValues {

  /** Thrown on a shape this writer does not know; the answer then goes to HAPI's encoder. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private JsonValues() {}

  /**
   * {@code value[x]} (or another choice element) under its typed name, e.g. {@code valueCoding};
   * null: nothing.
   */
  static void choice(JsonGenerator json, String prefix, Type value) throws IOException {
    choice(json, prefix, value, null);
  }

  /**
   * A choice element whose types are limited (null: any type): a value of another type is named, as
   * HAPI names it, by the allowed type it specialises ({@code canonical} as {@code uri}, {@code
   * markdown} as {@code string}).
   */
  static void choice(JsonGenerator json, String prefix, Type value, Set<String> allowed)
      throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    String type = declared(value, allowed);
    SerializableString name = JsonNames.choice(prefix, type);
    if (value instanceof PrimitiveType<?> p) {
      primitive(json, name, p);
    } else if (value instanceof Coding c) {
      json.writeFieldName(name);
      coding(json, c);
    } else if (value instanceof CodeableConcept cc) {
      json.writeFieldName(name);
      codeableConcept(json, cc);
    } else {
      throw new Unsupported(type);
    }
  }

  private static String declared(Type value, Set<String> allowed) {
    String type = value.fhirType();
    if (allowed == null || allowed.contains(type)) {
      return type;
    }
    if (value instanceof org.hl7.fhir.r4.model.UriType && allowed.contains("uri")) {
      return "uri";
    }
    if (value instanceof org.hl7.fhir.r4.model.StringType && allowed.contains("string")) {
      return "string";
    }
    throw new Unsupported(type + " as " + allowed);
  }

  /** A primitive field; an absent value writes nothing, as HAPI does. */
  static void primitive(JsonGenerator json, String name, PrimitiveType<?> p) throws IOException {
    primitive(json, JsonNames.of(name), p);
  }

  /** A parameter's name, a value that recurs (designation, property, code, ...). */
  static void parameterName(JsonGenerator json, PrimitiveType<?> p) throws IOException {
    String text = p == null ? null : p.getValueAsString();
    SerializableString known = text == null ? null : JsonNames.value(text);
    if (known == null || p.hasId() || p.hasExtension() || text.isBlank()) {
      primitive(json, "name", p);
      return;
    }
    json.writeFieldName(JsonNames.of("name"));
    json.writeString(known);
  }

  private static void primitive(JsonGenerator json, SerializableString name, PrimitiveType<?> p)
      throws IOException {
    if (p == null) {
      return;
    }
    plain(p);
    String text = p.getValueAsString();
    if (text == null || text.isBlank()) {
      return; // empty, as PrimitiveType.isEmpty says once there is no id or extension
    }
    Kind kind = kind(p.fhirType());
    if (kind == Kind.OTHER) {
      throw new Unsupported(p.fhirType());
    }
    json.writeFieldName(name);
    switch (kind) {
      case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(text));
      case NUMBER -> json.writeNumber(text);
      default -> json.writeString(text);
    }
  }

  private enum Kind {
    BOOLEAN,
    NUMBER,
    TEXT,
    OTHER
  }

  private static Kind kind(String type) {
    return switch (type) {
      case "boolean" -> Kind.BOOLEAN;
      case "integer", "positiveInt", "unsignedInt", "decimal" -> Kind.NUMBER;
      case "string",
          "code",
          "uri",
          "canonical",
          "url",
          "id",
          "markdown",
          "dateTime",
          "date",
          "instant",
          "time",
          "oid",
          "uuid",
          "base64Binary" ->
          Kind.TEXT;
      default -> Kind.OTHER;
    };
  }

  static void coding(JsonGenerator json, Coding c) throws IOException {
    plain(c);
    json.writeStartObject();
    primitive(json, "system", c.getSystemElement());
    primitive(json, "version", c.getVersionElement());
    primitive(json, "code", c.getCodeElement());
    primitive(json, "display", c.getDisplayElement());
    primitive(json, "userSelected", c.getUserSelectedElement());
    json.writeEndObject();
  }

  static void codeableConcept(JsonGenerator json, CodeableConcept cc) throws IOException {
    plain(cc);
    json.writeStartObject();
    if (cc.hasCoding()) {
      json.writeFieldName(JsonNames.of("coding"));
      json.writeStartArray();
      for (Coding c : cc.getCoding()) {
        if (!c.isEmpty()) { // HAPI leaves an empty one out
          coding(json, c);
        }
      }
      json.writeEndArray();
    }
    primitive(json, "text", cc.getTextElement());
    json.writeEndObject();
  }

  /**
   * An {@code extension} array (nothing when empty). An extension with neither a value nor nested
   * extensions with one is left out, as HAPI leaves it out.
   */
  static void extensions(JsonGenerator json, List<Extension> extensions) throws IOException {
    if (extensions.stream().noneMatch(JsonValues::holdsValue)) {
      return;
    }
    json.writeFieldName(JsonNames.of("extension"));
    json.writeStartArray();
    for (Extension x : extensions) {
      if (x.hasId() || !x.hasUrl()) {
        throw new Unsupported("extension");
      }
      if (!holdsValue(x)) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("url", x.getUrl());
      extensions(json, x.getExtension());
      choice(json, "value", x.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static boolean holdsValue(Extension x) {
    return x.getValue() != null && !x.getValue().isEmpty()
        || x.getExtension().stream().anyMatch(JsonValues::holdsValue);
  }

  /** An element this writer writes only without an id and extensions. */
  static void plain(Element e) {
    if (e.hasId() || e.hasExtension()) {
      throw new Unsupported(e.fhirType() + " with id or extensions");
    }
  }
}
