package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Field names and recurring short values (parameter names such as {@code designation}), each quoted
 * and encoded once: Jackson then copies their bytes instead of escaping them char by char on every
 * answer.
 */
final class JsonNames {

  /** At most this many values are kept; others are written as they come. */
  private static final int MAX_VALUES = 4096;

  /** Values up to this length are kept. */
  private static final int MAX_VALUE_LENGTH = 32;

  private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();
  private static final Map<String, Map<String, SerializedString>> CHOICES =
      new ConcurrentHashMap<>();
  private static final Map<String, SerializedString> VALUES = new ConcurrentHashMap<>();

  private JsonNames() {}

  /** A field name (the writer's own names: a bounded set). */
  static SerializableString of(String name) {
    return NAMES.computeIfAbsent(name, SerializedString::new);
  }

  /** The name of a choice element of this type, e.g. {@code valueCoding}. */
  static SerializableString choice(String prefix, String type) {
    return CHOICES
        .computeIfAbsent(prefix, p -> new ConcurrentHashMap<>())
        .computeIfAbsent(
            type,
            t ->
                new SerializedString(prefix + Character.toUpperCase(t.charAt(0)) + t.substring(1)));
  }

  /** A recurring short value, or null for one to write as it is. */
  static SerializableString value(String value) {
    SerializedString known = VALUES.get(value);
    if (known != null || value.length() > MAX_VALUE_LENGTH || VALUES.size() >= MAX_VALUES) {
      return known;
    }
    return VALUES.computeIfAbsent(value, SerializedString::new);
  }
}
