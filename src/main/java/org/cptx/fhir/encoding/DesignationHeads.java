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
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;

/**
 * The parts a $lookup {@code designation} parameter has before its value (language, use, source),
 * encoded once per distinct combination: a code system's designations share a few (a language and a
 * handful of uses), so their JSON is copied instead of escaped anew on every answer. At most
 * {@value #MAX} are kept; others are written as they come. A designation with none of the three has
 * no head.
 */
final class DesignationHeads {

  static final int MAX = 1024;

  private static final JsonFactory JSON = new JsonFactory();
  private static final Map<Head, SerializableString> KNOWN = new ConcurrentHashMap<>();

  private record Head(String language, Coding use, String source) {}

  /** Writes the parts before the value, into an open {@code part} array. */
  @FunctionalInterface
  interface Writer {
    void write(JsonGenerator json, Designation designation) throws IOException;
  }

  private DesignationHeads() {}

  /** The designation's parts before its value as JSON, or null for parts to write as they come. */
  static SerializableString of(Designation d, Writer writer) {
    if (d.language() == null && d.use() == null && d.source() == null) {
      return null;
    }
    Head head = new Head(d.language(), d.use(), d.source());
    SerializableString known = KNOWN.get(head);
    if (known != null || KNOWN.size() >= MAX) {
      return known;
    }
    SerializableString made = encode(d, writer);
    KNOWN.putIfAbsent(head, made);
    return made;
  }

  /** The parts, written into an array of their own, without its brackets. */
  private static SerializableString encode(Designation d, Writer writer) {
    ByteArrayBuilder out = new ByteArrayBuilder(256);
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartArray();
      writer.write(json, d);
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String array = new String(out.toByteArray(), StandardCharsets.UTF_8);
    return new SerializedString(array.substring(1, array.length() - 1));
  }
}
