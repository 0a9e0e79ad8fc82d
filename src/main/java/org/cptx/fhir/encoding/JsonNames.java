package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Field names and parameter names (such as {@code designation}), each quoted and encoded once:
 * Jackson then copies their bytes instead of escaping them char by char on every answer. They are
 * constants, whose hash is computed once. Values in general are not looked up: most are strings
 * made for the answer, whose hash would cost more than escaping them.
 */
final class JsonNames {

  /** At most this many parameter names are kept; others are written as they come. */
  private static final int MAX_VALUES = 1024;

  /** Parameter names up to this length are kept. */
  private static final int MAX_VALUE_LENGTH = 32;

  private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();
  private static final Map<String, Map<String, SerializedString>> CHOICES =
      new ConcurrentHashMap<>();
  private static final Map<String, SerializedString> VALUES = new ConcurrentHashMap<>();

  private JsonNames() {}

  /** A field name (the writer's own names: a bounded set). */
  static SerializableString of(String name) {
    SerializedString known = NAMES.get(name); // a get first: computeIfAbsent may lock
    return known != null ? known : NAMES.computeIfAbsent(name, SerializedString::new);
  }

  /** The name of a choice element of this type, e.g. {@code valueCoding}. */
  static SerializableString choice(String prefix, String type) {
    Map<String, SerializedString> names = CHOICES.get(prefix);
    if (names == null) {
      names = CHOICES.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
    }
    SerializedString known = names.get(type);
    if (known != null) {
      return known;
    }
    String name = prefix + Character.toUpperCase(type.charAt(0)) + type.substring(1);
    return names.computeIfAbsent(type, t -> new SerializedString(name));
  }

  /** A parameter name, or null for one to write as it is. */
  static SerializableString value(String value) {
    SerializedString known = VALUES.get(value);
    if (known != null || value.length() > MAX_VALUE_LENGTH || VALUES.size() >= MAX_VALUES) {
      return known;
    }
    return VALUES.computeIfAbsent(value, SerializedString::new);
  }
}
