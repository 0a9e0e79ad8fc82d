package org.cptx.terminology.codesystem.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Extension;
import org.cptx.terminology.model.Value;

/**
 * A concept's change history, carried in a CodeSystem as the cptx history extension (one extension
 * per event with {@code date}, {@code action} and {@code note}) and reported by $lookup as {@code
 * history} properties.
 */
public final class ConceptHistory {

  public static final String EXTENSION_URL = "http://cptx.org/fhir/StructureDefinition/cpt-history";

  /** The parts of an event, in the order $lookup reports them. */
  public static final List<String> PARTS = List.of("date", "action", "note");

  private ConceptHistory() {}

  static List<ConceptProperty> read(List<Extension> extensions) {
    List<ConceptProperty> events = new ArrayList<>();
    for (Extension event : Extension.byUrl(extensions, EXTENSION_URL)) {
      Map<String, Value> values = new HashMap<>();
      for (String part : PARTS) {
        event
            .extension(part)
            .filter(e -> e.value() != null)
            .ifPresent(e -> values.put(part, e.value()));
      }
      events.add(event(values));
    }
    return events;
  }

  /**
   * One event as a {@code history} property, from the values of its date, action and note parts
   * (any missing).
   */
  public static ConceptProperty event(Map<String, Value> values) {
    List<ConceptProperty> parts = new ArrayList<>();
    for (String part : PARTS) {
      if (values.get(part) != null) {
        parts.add(ConceptProperty.of(part, asLookupValue(values.get(part))));
      }
    }
    return ConceptProperty.group("history", parts);
  }

  /**
   * A $lookup (sub)property value has no date type: an event's date is reported as a dateTime (same
   * precision).
   */
  private static Value asLookupValue(Value value) {
    return value instanceof Value.DateValue date ? Value.dateTime(date.value()) : value;
  }
}
