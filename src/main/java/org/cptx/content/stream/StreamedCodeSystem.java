package org.cptx.content.stream;

import java.util.List;
import org.cptx.content.convert.FhirCodeSystems;
import org.cptx.terminology.codesystem.CodeSystemSource;
import org.cptx.terminology.codesystem.fhir.ConceptParts;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * A CodeSystem read in one streaming pass (or from its snapshot): its metadata as a resource
 * without concepts, and its concepts as the engine indexes them.
 *
 * @param metadataJson the metadata as the JSON HAPI parsed into {@code resource}: what a snapshot
 *     keeps
 */
public record StreamedCodeSystem(
    CodeSystem resource, List<ConceptParts> concepts, String metadataJson) {

  /** The code system as the engine takes it: the metadata's definition and the concepts. */
  public CodeSystemSource source() {
    return new CodeSystemSource(FhirCodeSystems.metadata(resource), concepts);
  }
}
