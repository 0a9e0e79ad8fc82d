package org.cptx.content.stream;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.codesystem.fhir.ConceptParts;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Value;

/**
 * Decodes a snapshot body that {@link SnapshotWriter} encoded. A body that does not decode (a
 * reference out of range, an unknown kind, bytes missing or left over) is a {@link
 * CorruptSnapshot}: the caller then reads the JSON instead. Nothing decoded is used unless the
 * whole body decodes.
 */
final class SnapshotReader {

  /** The snapshot does not decode. */
  static final class CorruptSnapshot extends RuntimeException {
    CorruptSnapshot(String message) {
      super(message, null, false, false);
    }
  }

  private final ByteBuffer in;
  private String[] strings;
  private Coding[] codings;
  private Value[] values;
  private ConceptProperty[] properties;

  private SnapshotReader(ByteBuffer in) {
    this.in = in;
  }

  /** The metadata JSON and the concepts of this body. */
  record Decoded(String metadataJson, List<ConceptParts> concepts) {}

  static Decoded decode(ByteBuffer body) {
    try {
      return new SnapshotReader(body).decode();
    } catch (BufferUnderflowException
        | IndexOutOfBoundsException
        | NegativeArraySizeException
        | IllegalArgumentException e) {
      throw new CorruptSnapshot("does not decode: " + e);
    }
  }

  private Decoded decode() {
    String metadata = text();
    readStrings();
    readCodings();
    readValues();
    readProperties();
    int n = count();
    List<ConceptParts> concepts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      concepts.add(concept());
    }
    check(!in.hasRemaining(), "bytes left over");
    return new Decoded(metadata, concepts);
  }

  private String text() {
    int length = count();
    String s = new String(in.array(), in.arrayOffset() + in.position(), length, UTF_8);
    in.position(in.position() + length);
    return s;
  }

  private static final java.nio.charset.Charset UTF_8 = StandardCharsets.UTF_8;

  private int count() {
    int n = in.getInt();
    check(n >= 0 && n <= in.remaining(), "a count out of range");
    return n;
  }

  private void readStrings() {
    strings = new String[count()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = text();
    }
  }

  private void readCodings() {
    codings = new Coding[count()];
    for (int i = 0; i < codings.length; i++) {
      codings[i] = new Coding(string(), string(), string(), string());
    }
  }

  private void readValues() {
    values = new Value[count()];
    for (int i = 0; i < values.length; i++) {
      int kind = in.get();
      int payload = in.getInt();
      values[i] = value(kind, payload);
    }
  }

  private Value value(int kind, int payload) {
    return switch (kind) {
      case SnapshotWriter.CODE -> Value.code(strings[payload]);
      case SnapshotWriter.STRING -> Value.string(strings[payload]);
      case SnapshotWriter.BOOLEAN -> Value.bool(payload != 0);
      case SnapshotWriter.INTEGER -> Value.integer(payload);
      case SnapshotWriter.DECIMAL -> Value.decimal(strings[payload]);
      case SnapshotWriter.DATE_TIME -> Value.dateTime(strings[payload]);
      case SnapshotWriter.DATE -> Value.date(strings[payload]);
      case SnapshotWriter.CODING -> Value.coding(codings[payload]);
      case SnapshotWriter.COMPLEX -> {
        String[] typed = strings[payload].split("\n", 2);
        yield new Value.ComplexValue(typed[0], typed[1]);
      }
      case SnapshotWriter.OTHER -> {
        String[] typed = strings[payload].split("\n", 2);
        yield new Value.OtherValue(typed[0], typed[1]);
      }
      default -> throw new CorruptSnapshot("an unknown kind of value: " + kind);
    };
  }

  private void readProperties() {
    properties = new ConceptProperty[count()];
    for (int i = 0; i < properties.length; i++) {
      String code = string();
      int value = in.getInt();
      String description = string();
      ConceptProperty[] subproperties = new ConceptProperty[count()];
      for (int s = 0; s < subproperties.length; s++) {
        int ref = in.getInt();
        check(ref < i, "a subproperty after its property");
        subproperties[s] = properties[ref];
      }
      properties[i] =
          new ConceptProperty(
              code, value < 0 ? null : values[value], description, Arrays.asList(subproperties));
    }
  }

  private ConceptParts concept() {
    String code = string();
    String display = string();
    String definition = string();
    String parent = string();
    int designationCount = count();
    List<Designation> designations = new ArrayList<>(designationCount);
    for (int i = 0; i < designationCount; i++) {
      String language = string();
      int use = in.getInt();
      designations.add(new Designation(language, use < 0 ? null : codings[use], string()));
    }
    int propertyCount = count();
    List<ConceptProperty> conceptProperties = new ArrayList<>(propertyCount);
    for (int i = 0; i < propertyCount; i++) {
      conceptProperties.add(properties[in.getInt()]);
    }
    check(code != null, "a concept without a code");
    return new ConceptParts(code, display, definition, parent, designations, conceptProperties);
  }

  private String string() {
    int i = in.getInt();
    return i < 0 ? null : strings[i];
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new CorruptSnapshot(problem);
    }
  }
}
