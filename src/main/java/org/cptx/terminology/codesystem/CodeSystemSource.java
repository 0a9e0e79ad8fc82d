package org.cptx.terminology.codesystem;

import java.util.List;
import org.cptx.terminology.codesystem.fhir.ConceptParts;
import org.cptx.terminology.model.CodeSystemDefinition;

/**
 * A code system as the engine indexes it: its definition for the metadata (url, version,
 * properties, ...) and its concepts, depth first. The concepts come either from the definition
 * itself or from a streaming reader that never builds them as a nested definition; then the
 * definition holds no concepts.
 */
public record CodeSystemSource(CodeSystemDefinition definition, List<ConceptParts> concepts) {

  public static CodeSystemSource of(CodeSystemDefinition definition) {
    return new CodeSystemSource(definition, ConceptParts.of(definition.concepts()));
  }
}
