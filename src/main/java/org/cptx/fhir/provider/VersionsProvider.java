package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.annotation.Operation;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;

/** {@code GET /$versions}: the FHIR versions this server speaks (only R4, 4.0), and its default. */
public final class VersionsProvider {

  static final String FHIR_VERSION = "4.0";

  @Operation(name = "$versions", idempotent = true)
  public Parameters versions() {
    Parameters out = new Parameters();
    out.addParameter().setName("version").setValue(new CodeType(FHIR_VERSION));
    out.addParameter().setName("default").setValue(new CodeType(FHIR_VERSION));
    return out;
  }
}
