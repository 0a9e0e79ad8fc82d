package org.cptx.terminology.conceptmap;

import java.util.List;
import org.cptx.terminology.model.ConceptMapDefinition;

/**
 * A typed $translate request.
 *
 * @param system the system of the code to translate (the source system, or the target system when
 *     reverse)
 * @param code the code to translate
 * @param otherSystem the system to translate into (the target system, or the source system when
 *     reverse), or null for any
 * @param reverse true to find the source codes that map to a target code
 * @param maps the concept maps to consult, in order
 */
public record TranslateRequest(
    String system,
    String code,
    String otherSystem,
    boolean reverse,
    List<ConceptMapDefinition> maps) {

  public TranslateRequest {
    maps = List.copyOf(maps);
  }
}
