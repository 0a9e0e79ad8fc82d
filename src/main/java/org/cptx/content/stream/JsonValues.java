package org.cptx.content.stream;

import static org.cptx.content.stream.NotStreamable.unless;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.cptx.terminology.ConceptProperty;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Turns JSON values into strings and HAPI datatypes the way HAPI's parser does ({@code
 * setValueAsString}), and shares equal ones: one String, one Coding, one CodeType per distinct
 * value, and one ConceptProperty per distinct property code and value. The engine never changes
 * them.
 */
final class JsonValues {

  private final Map<String, String> strings = new HashMap<>();

  /** By kind of value ({@code valueCode}, ...), then by its text. */
  private final Map<String, Map<String, Type>> types = new HashMap<>();

  private final Map<CodingKey, Coding> codings = new HashMap<>();
  private final Map<PropertyKey, ConceptProperty> properties = new HashMap<>();

  /** A non-empty JSON string. */
  String text(JsonParser json) throws IOException {
    unless(json.currentToken() == JsonToken.VALUE_STRING);
    String text = json.getText();
    unless(!text.isEmpty());
    return text;
  }

  /**
   * A non-empty JSON string that recurs (a property code, a language): one String per distinct
   * value.
   */
  String sharedText(JsonParser json) throws IOException {
    String text = text(json);
    String shared = strings.putIfAbsent(text, text);
    return shared != null ? shared : text;
  }

  /** A Coding object with system, version, code and display only. */
  Coding coding(JsonParser json) throws IOException {
    unless(json.currentToken() == JsonToken.START_OBJECT);
    String[] parts = new String[4];
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      int i =
          switch (name) {
            case "system" -> 0;
            case "version" -> 1;
            case "code" -> 2;
            case "display" -> 3;
            default -> throw new NotStreamable();
          };
      unless(parts[i] == null);
      parts[i] = sharedText(json);
    }
    unless(parts[0] != null || parts[2] != null || parts[3] != null || parts[1] != null);
    CodingKey key = new CodingKey(parts[0], parts[1], parts[2], parts[3]);
    Coding coding = codings.get(key);
    if (coding == null) {
      coding = coding(parts);
      codings.put(key, coding);
    }
    return coding;
  }

  /**
   * A Coding's parts, each a shared String or null, so that they compare by identity and hash
   * cheaply (a String keeps its hash). equals and hashCode are written out: a record's generated
   * ones are slow until the JIT has compiled them, and start-up calls them for every Coding.
   */
  private record CodingKey(String system, String version, String code, String display) {
    @Override
    public boolean equals(Object o) {
      return o instanceof CodingKey k
          && k.system == system
          && k.version == version
          && k.code == code
          && k.display == display;
    }

    @Override
    public int hashCode() {
      return ((Objects.hashCode(system) * 31 + Objects.hashCode(version)) * 31
                  + Objects.hashCode(code))
              * 31
          + Objects.hashCode(display);
    }
  }

  /** One property: a recurring code and value (a shared one) give one shared ConceptProperty. */
  ConceptProperty property(String code, Type value) {
    PropertyKey key = new PropertyKey(code, value);
    ConceptProperty property = properties.get(key);
    if (property == null) {
      property = ConceptProperty.of(code, value);
      properties.put(key, property);
    }
    return property;
  }

  /** The value is one of the shared values, so its identity stands for its content. */
  private record PropertyKey(String code, Type value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PropertyKey k && k.code.equals(code) && k.value == value;
    }

    @Override
    public int hashCode() {
      return 31 * code.hashCode() + System.identityHashCode(value);
    }
  }

  private static Coding coding(String[] parts) {
    Coding coding = new Coding();
    if (parts[0] != null) {
      coding.setSystemElement(primitive(new org.hl7.fhir.r4.model.UriType(), parts[0]));
    }
    if (parts[1] != null) {
      coding.setVersionElement(primitive(new StringType(), parts[1]));
    }
    if (parts[2] != null) {
      coding.setCodeElement(primitive(new CodeType(), parts[2]));
    }
    if (parts[3] != null) {
      coding.setDisplayElement(primitive(new StringType(), parts[3]));
    }
    return coding;
  }

  /** The value of a {@code value[x]} element named {@code name}. */
  Type value(String name, JsonParser json) throws IOException {
    return switch (name) {
      case "valueCoding" -> coding(json);
      case "valueCode" -> shared(name, text(json), CodeType::new);
      case "valueString" -> shared(name, text(json), StringType::new);
      case "valueDate" -> shared(name, text(json), DateType::new);
      case "valueDateTime" -> shared(name, text(json), DateTimeType::new);
      case "valueBoolean" ->
          shared(
              name, literal(json, JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE), BooleanType::new);
      case "valueInteger" ->
          shared(name, literal(json, JsonToken.VALUE_NUMBER_INT, null), IntegerType::new);
      case "valueDecimal" ->
          shared(
              name,
              literal(json, JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT),
              DecimalType::new);
      default -> throw new NotStreamable();
    };
  }

  private static String literal(JsonParser json, JsonToken one, JsonToken other)
      throws IOException {
    unless(json.currentToken() == one || json.currentToken() == other);
    return json.getText();
  }

  private Type shared(String kind, String text, Supplier<? extends PrimitiveType<?>> type) {
    Map<String, Type> ofKind = types.get(kind);
    if (ofKind == null) {
      ofKind = new HashMap<>();
      types.put(kind, ofKind);
    }
    Type value = ofKind.get(text);
    if (value == null) {
      value = primitive(type.get(), text);
      ofKind.put(text, value);
    }
    return value;
  }

  private static <T extends PrimitiveType<?>> T primitive(T type, String text) {
    type.setValueAsString(text);
    return type;
  }
}
