package org.cptx.content.stream;

import static org.cptx.content.stream.NotStreamable.unless;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Value;

/**
 * Turns JSON values into strings and the engine's values, with the text HAPI's parser would keep,
 * and shares equal ones: one String, one Coding, one code value per distinct value, and one
 * ConceptProperty per distinct property code and value. The engine never changes them.
 */
final class JsonValues {

  private final Map<String, String> strings = new HashMap<>();

  /** By kind of value ({@code valueCode}, ...), then by its text. */
  private final Map<String, Map<String, Value>> types = new HashMap<>();

  private final Map<CodingKey, Value.CodingValue> codings = new HashMap<>();
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
    return codingValue(json).coding();
  }

  /** A Coding object as a value: one per distinct Coding. */
  private Value.CodingValue codingValue(JsonParser json) throws IOException {
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
    Value.CodingValue coding = codings.get(key);
    if (coding == null) {
      coding = new Value.CodingValue(new Coding(parts[0], parts[1], parts[2], parts[3]));
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
  ConceptProperty property(String code, Value value) {
    PropertyKey key = new PropertyKey(code, value);
    ConceptProperty property = properties.get(key);
    if (property == null) {
      property = ConceptProperty.of(code, value);
      properties.put(key, property);
    }
    return property;
  }

  /** The value is one of the shared values, so its identity stands for its content. */
  private record PropertyKey(String code, Value value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PropertyKey k && k.code.equals(code) && k.value == value;
    }

    @Override
    public int hashCode() {
      return 31 * code.hashCode() + System.identityHashCode(value);
    }
  }

  /** The value of a {@code value[x]} element named {@code name}. */
  Value value(String name, JsonParser json) throws IOException {
    return switch (name) {
      case "valueCoding" -> codingValue(json);
      case "valueCode" -> shared(name, text(json), Value::code);
      case "valueString" -> shared(name, text(json), Value::string);
      case "valueDate" -> shared(name, text(json), Value::date);
      case "valueDateTime" -> shared(name, text(json), Value::dateTime);
      case "valueBoolean" ->
          shared(
              name,
              literal(json, JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE),
              t -> Value.bool(Boolean.parseBoolean(t)));
      case "valueInteger" ->
          shared(
              name,
              literal(json, JsonToken.VALUE_NUMBER_INT, null),
              t -> Value.integer(Integer.parseInt(t)));
      case "valueDecimal" ->
          shared(
              name,
              literal(json, JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT),
              Value::decimal);
      default -> throw new NotStreamable();
    };
  }

  private static String literal(JsonParser json, JsonToken one, JsonToken other)
      throws IOException {
    unless(json.currentToken() == one || json.currentToken() == other);
    return json.getText();
  }

  private Value shared(String kind, String text, Function<String, Value> type) {
    Map<String, Value> ofKind = types.get(kind);
    if (ofKind == null) {
      ofKind = new HashMap<>();
      types.put(kind, ofKind);
    }
    Value value = ofKind.get(text);
    if (value == null) {
      value = type.apply(text);
      ofKind.put(text, value);
    }
    return value;
  }
}
