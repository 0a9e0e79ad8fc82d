package org.cptx.content.stream;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.codesystem.fhir.ConceptParts;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Value;

/**
 * Encodes a streamed code system's concepts as a snapshot body (see {@link Snapshots}): tables of
 * the distinct strings, Codings, values and properties, then the concepts as references into them.
 * Values and properties are tabled by identity, so what the streaming reader shared stays shared;
 * strings by equality, so equal texts become one String when the snapshot is read.
 */
final class SnapshotWriter {

  /** Value kinds, in the order {@link SnapshotReader} decodes them. */
  static final int CODE = 0;

  static final int STRING = 1;
  static final int BOOLEAN = 2;
  static final int INTEGER = 3;
  static final int DECIMAL = 4;
  static final int DATE_TIME = 5;
  static final int DATE = 6;
  static final int CODING = 7;
  static final int COMPLEX = 8;
  static final int OTHER = 9;

  private final Map<String, Integer> strings = new HashMap<>();
  private final List<String> stringList = new ArrayList<>();
  private final Map<Coding, Integer> codings = new IdentityHashMap<>();
  private final List<Coding> codingList = new ArrayList<>();
  private final Map<Value, Integer> values = new IdentityHashMap<>();
  private final List<Value> valueList = new ArrayList<>();
  private final Map<ConceptProperty, Integer> properties = new IdentityHashMap<>();
  private final List<ConceptProperty> propertyList = new ArrayList<>();

  /**
   * The body for these concepts and this metadata (the CodeSystem without concepts, as JSON).
   *
   * @throws NotStreamable when a concept carries what the streaming reader never gives (extras, a
   *     standards status, designation extensions or sources): such content is not snapshotted
   */
  static byte[] body(String metadataJson, List<ConceptParts> concepts) {
    SnapshotWriter writer = new SnapshotWriter();
    concepts.forEach(writer::collect);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeText(out, metadataJson);
      writer.writeTables(out);
      out.writeInt(concepts.size());
      for (ConceptParts c : concepts) {
        writer.writeConcept(out, c);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e); // in memory: does not happen
    }
    return bytes.toByteArray();
  }

  private void collect(ConceptParts c) {
    NotStreamable.unless(
        c.extras().properties().isEmpty()
            && c.extras().extensions().isEmpty()
            && c.standardsStatus() == null);
    string(c.code());
    string(c.display());
    string(c.definition());
    string(c.parent());
    for (Designation d : c.designations()) {
      NotStreamable.unless(d.extensions().isEmpty() && d.source() == null);
      string(d.language());
      string(d.value());
      coding(d.use());
    }
    c.properties().forEach(this::property);
  }

  private int string(String s) {
    if (s == null) {
      return -1;
    }
    Integer i = strings.get(s);
    if (i == null) {
      i = stringList.size();
      strings.put(s, i);
      stringList.add(s);
    }
    return i;
  }

  private int coding(Coding c) {
    if (c == null) {
      return -1;
    }
    Integer i = codings.get(c);
    if (i == null) {
      string(c.system());
      string(c.version());
      string(c.code());
      string(c.display());
      i = codingList.size();
      codings.put(c, i);
      codingList.add(c);
    }
    return i;
  }

  private int value(Value v) {
    if (v == null) {
      return -1;
    }
    Integer i = values.get(v);
    if (i == null) {
      if (v instanceof Value.CodingValue c) {
        coding(c.coding());
      } else {
        text(v);
      }
      i = valueList.size();
      values.put(v, i);
      valueList.add(v);
    }
    return i;
  }

  private int property(ConceptProperty p) {
    Integer i = properties.get(p);
    if (i == null) {
      string(p.code());
      string(p.description());
      value(p.value());
      p.subproperties().forEach(this::property); // before p: the reader makes them first
      i = propertyList.size();
      properties.put(p, i);
      propertyList.add(p);
    }
    return i;
  }

  private void writeTables(DataOutputStream out) throws IOException {
    out.writeInt(stringList.size());
    for (String s : stringList) {
      writeText(out, s);
    }
    out.writeInt(codingList.size());
    for (Coding c : codingList) {
      out.writeInt(string(c.system()));
      out.writeInt(string(c.version()));
      out.writeInt(string(c.code()));
      out.writeInt(string(c.display()));
    }
    out.writeInt(valueList.size());
    for (Value v : valueList) {
      writeValue(out, v);
    }
    out.writeInt(propertyList.size());
    for (ConceptProperty p : propertyList) {
      out.writeInt(string(p.code()));
      out.writeInt(value(p.value()));
      out.writeInt(string(p.description()));
      out.writeInt(p.subproperties().size());
      for (ConceptProperty s : p.subproperties()) {
        out.writeInt(properties.get(s));
      }
    }
  }

  private void writeValue(DataOutputStream out, Value v) throws IOException {
    if (v instanceof Value.BooleanValue b) {
      kind(out, BOOLEAN, b.value() ? 1 : 0);
    } else if (v instanceof Value.IntegerValue n) {
      kind(out, INTEGER, n.value());
    } else if (v instanceof Value.CodingValue c) {
      kind(out, CODING, coding(c.coding()));
    } else {
      kind(out, kindOf(v), text(v));
    }
  }

  private static int kindOf(Value v) {
    if (v instanceof Value.CodeValue) {
      return CODE;
    } else if (v instanceof Value.StringValue) {
      return STRING;
    } else if (v instanceof Value.DecimalValue) {
      return DECIMAL;
    } else if (v instanceof Value.DateTimeValue) {
      return DATE_TIME;
    } else if (v instanceof Value.DateValue) {
      return DATE;
    } else if (v instanceof Value.ComplexValue) {
      return COMPLEX;
    }
    return OTHER;
  }

  /** The string a value of a textual kind is written as (a typed one: type, newline, text). */
  private int text(Value v) {
    if (v instanceof Value.ComplexValue c) {
      return string(c.type() + "\n" + c.json());
    }
    if (v instanceof Value.OtherValue o) {
      return string(o.type() + "\n" + o.value());
    }
    return string(v.primitive());
  }

  private static void kind(DataOutputStream out, int kind, int payload) throws IOException {
    out.writeByte(kind);
    out.writeInt(payload);
  }

  private void writeConcept(DataOutputStream out, ConceptParts c) throws IOException {
    out.writeInt(string(c.code()));
    out.writeInt(string(c.display()));
    out.writeInt(string(c.definition()));
    out.writeInt(string(c.parent()));
    out.writeInt(c.designations().size());
    for (Designation d : c.designations()) {
      out.writeInt(string(d.language()));
      out.writeInt(coding(d.use()));
      out.writeInt(string(d.value()));
    }
    out.writeInt(c.properties().size());
    for (ConceptProperty p : c.properties()) {
      out.writeInt(properties.get(p));
    }
  }

  static void writeText(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
