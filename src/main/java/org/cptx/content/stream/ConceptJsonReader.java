package org.cptx.content.stream;

import static org.cptx.content.stream.NotStreamable.unless;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.codesystem.fhir.ConceptHistory;
import org.cptx.terminology.codesystem.fhir.ConceptParts;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Value;

/**
 * Reads a CodeSystem's {@code concept} array from a JSON stream into {@link ConceptParts}, depth
 * first: code, display, definition, designations, properties, the cptx history extension and nested
 * concepts. Repeated strings and values (property codes, designation uses, CMS indicator Codings),
 * properties and history events are shared.
 */
final class ConceptJsonReader {

  private final JsonParser json;
  private final JsonValues values = new JsonValues();
  private final Set<String> seen = new HashSet<>();
  private final Map<EventKey, ConceptProperty> events = new HashMap<>();
  private final List<ConceptParts> out = new ArrayList<>();

  ConceptJsonReader(JsonParser json) {
    this.json = json;
  }

  /** Reads the array the parser is on. */
  List<ConceptParts> concepts() throws IOException {
    readArray(null);
    return out;
  }

  private void readArray(String parent) throws IOException {
    unless(json.currentToken() == JsonToken.START_ARRAY);
    while (json.nextToken() == JsonToken.START_OBJECT) {
      readConcept(parent);
    }
    unless(json.currentToken() == JsonToken.END_ARRAY);
  }

  private void readConcept(String parent) throws IOException {
    String code = null;
    String display = null;
    String definition = null;
    List<Designation> designations = new ArrayList<>();
    List<ConceptProperty> properties = new ArrayList<>();
    List<ConceptProperty> history = new ArrayList<>();
    int at = -1;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      switch (name) {
        case "code" -> code = values.text(json);
        case "display" -> display = values.text(json);
        case "definition" -> definition = values.text(json);
        case "designation" -> {
          startArray();
          while (nextObject()) {
            designations.add(designation());
          }
        }
        case "property" -> {
          startArray();
          while (nextObject()) {
            properties.add(property());
          }
        }
        case "extension" -> {
          startArray();
          while (nextObject()) {
            history.add(historyEvent());
          }
        }
        case "concept" -> {
          unless(code != null && at < 0);
          at = out.size();
          out.add(null);
          readArray(code);
        }
        default -> throw new NotStreamable();
      }
    }
    unless(code != null && !code.isBlank() && seen.add(code));
    properties.addAll(history);
    ConceptParts parts =
        new ConceptParts(code, display, definition, parent, designations, properties);
    if (at < 0) {
      out.add(parts);
    } else {
      out.set(at, parts);
    }
  }

  private Designation designation() throws IOException {
    String language = null;
    Coding use = null;
    String value = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      switch (name) {
        case "language" -> language = values.sharedText(json);
        case "use" -> use = values.coding(json);
        case "value" -> value = values.text(json);
        default -> throw new NotStreamable();
      }
    }
    return new Designation(language, use, value);
  }

  private ConceptProperty property() throws IOException {
    String code = null;
    Value value = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      if (name.equals("code")) {
        code = values.sharedText(json);
      } else {
        unless(value == null);
        value = values.value(name, json);
      }
    }
    unless(code != null);
    return values.property(code, value);
  }

  /**
   * A cpt-history extension: url, then date/action/note parts; any other extension is not streamed.
   */
  private ConceptProperty historyEvent() throws IOException {
    Map<String, Value> parts = new HashMap<>();
    boolean history = false;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      if (name.equals("url")) {
        history = ConceptHistory.EXTENSION_URL.equals(values.text(json));
        unless(history);
      } else {
        unless(name.equals("extension"));
        startArray();
        while (nextObject()) {
          historyPart(parts);
        }
      }
    }
    unless(history);
    EventKey key = new EventKey(parts.get("date"), parts.get("action"), parts.get("note"));
    ConceptProperty event = events.get(key);
    if (event == null) {
      event = ConceptHistory.event(parts);
      events.put(key, event);
    }
    return event;
  }

  /**
   * An event's parts, each a shared value (or null): identical events give one shared history
   * property.
   */
  private record EventKey(Value date, Value action, Value note) {
    @Override
    public boolean equals(Object o) {
      return o instanceof EventKey k && k.date == date && k.action == action && k.note == note;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(date) * 961
          + System.identityHashCode(action) * 31
          + System.identityHashCode(note);
    }
  }

  private void historyPart(Map<String, Value> parts) throws IOException {
    String url = null;
    Value value = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      if (name.equals("url")) {
        url = values.sharedText(json);
      } else {
        unless(value == null);
        value = values.value(name, json);
      }
    }
    unless(
        url != null
            && ConceptHistory.PARTS.contains(url)
            && value != null
            && !parts.containsKey(url));
    parts.put(url, value);
  }

  /*
   * Plain loops rather than a reader lambda per array: start-up runs this code before the JIT has compiled it, and
   * there a capturing lambda per concept costs more than the loop.
   */

  /** Checks that the parser is on the start of an array. */
  private void startArray() {
    unless(json.currentToken() == JsonToken.START_ARRAY);
  }

  /** Moves to the next object of the array; false at the array's end. */
  private boolean nextObject() throws IOException {
    JsonToken token = json.nextToken();
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    unless(token == JsonToken.END_ARRAY);
    return false;
  }
}
