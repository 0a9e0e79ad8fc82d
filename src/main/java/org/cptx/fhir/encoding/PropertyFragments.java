package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Value;

/**
 * The JSON of a $lookup {@code property} parameter, encoded once per distinct property: most of a
 * concept's properties are a code with a value that many concepts share (a status Coding, a flag, a
 * count, the copyright), so their JSON is copied instead of escaped anew on every answer. Only
 * plain properties are kept (no description, no sub-properties, a value of a type written as it
 * is), and at most {@value #MAX} of them; others are written as they come.
 */
final class PropertyFragments {

  static final int MAX = 4096;

  private static final JsonFactory JSON = new JsonFactory();
  private static final Map<ConceptProperty, SerializableString> KNOWN = new ConcurrentHashMap<>();

  private PropertyFragments() {}

  /** The property's parameter as JSON, or null for one to write as it comes. */
  static SerializableString of(ConceptProperty property, Writer writer) {
    SerializableString known = KNOWN.get(property);
    if (known != null || KNOWN.size() >= MAX || !plain(property)) {
      return known;
    }
    SerializableString made = encode(property, writer);
    KNOWN.putIfAbsent(property, made);
    return made;
  }

  /** Writes one property parameter. */
  @FunctionalInterface
  interface Writer {
    void write(JsonGenerator json, ConceptProperty property) throws IOException;
  }

  private static boolean plain(ConceptProperty p) {
    Value v = p.value();
    return p.description() == null
        && p.subproperties().isEmpty()
        && (v instanceof Value.CodingValue
            || v instanceof Value.BooleanValue
            || v instanceof Value.IntegerValue
            || v instanceof Value.CodeValue
            || v instanceof Value.StringValue);
  }

  private static SerializableString encode(ConceptProperty property, Writer writer) {
    ByteArrayBuilder out = new ByteArrayBuilder(256);
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      writer.write(json, property);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SerializedString(new String(out.toByteArray(), StandardCharsets.UTF_8));
  }
}
