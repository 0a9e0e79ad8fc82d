package org.cptx.terminology.codesystem;

import java.util.List;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.codesystem.cpt.CptCodeSystemProvider;
import org.cptx.terminology.codesystem.fhir.FhirCodeSystemProvider;
import org.hl7.fhir.r4.model.CodeSystem;

/** Chooses the provider class for a CodeSystem resource: CPT gets its own, every other system the FHIR one. */
public final class CodeSystemProviders {

  private CodeSystemProviders() {}

  public static CodeSystemProvider fromResource(CodeSystem resource, List<CodeSystem> supplements) {
    CodeSystemProvider fhir = new FhirCodeSystemProvider(resource, supplements);
    return CptCodeSystemProvider.URL.equals(resource.getUrl()) ? new CptCodeSystemProvider(fhir) : fhir;
  }
}
