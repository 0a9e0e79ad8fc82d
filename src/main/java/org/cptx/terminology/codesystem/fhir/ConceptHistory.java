package org.cptx.terminology.codesystem.fhir;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.ConceptProperty;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Extension;

/**
 * A concept's change history, carried in a CodeSystem as the cptx history extension (one extension per event
 * with {@code date}, {@code action} and {@code note}) and reported by $lookup as {@code history} properties.
 */
public final class ConceptHistory {

  public static final String EXTENSION_URL = "http://cptx.org/fhir/StructureDefinition/cpt-history";

  private ConceptHistory() {}

  static List<ConceptProperty> read(ConceptDefinitionComponent concept) {
    List<ConceptProperty> events = new ArrayList<>();
    for (Extension event : concept.getExtensionsByUrl(EXTENSION_URL)) {
      List<ConceptProperty> parts = new ArrayList<>();
      for (String part : List.of("date", "action", "note")) {
        Extension e = event.getExtensionByUrl(part);
        if (e != null && e.hasValue()) {
          parts.add(ConceptProperty.of(part, e.getValue()));
        }
      }
      events.add(ConceptProperty.group("history", parts));
    }
    return events;
  }
}
