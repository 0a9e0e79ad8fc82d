package org.cptx.terminology.codesystem;

import java.util.List;
import org.cptx.terminology.codesystem.fhir.ConceptParts;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * A CodeSystem resource as the engine indexes it: the resource for its metadata (url, version,
 * properties, ...) and its concepts, depth first. The concepts come either from the resource itself
 * or from a streaming reader that never builds them as HAPI objects; then the resource holds no
 * concepts.
 */
public record CodeSystemSource(CodeSystem resource, List<ConceptParts> concepts) {

  public static CodeSystemSource of(CodeSystem resource) {
    return new CodeSystemSource(resource, ConceptParts.of(resource.getConcept()));
  }
}
