package org.cptx.fhir.response;

import org.cptx.terminology.Subsumption;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;

/** A {@link Subsumption} as the $subsumes output Parameters: {@code outcome}. */
public final class SubsumesResponse {

  private SubsumesResponse() {}

  public static Parameters of(Subsumption outcome) {
    Parameters out = new Parameters();
    out.addParameter("outcome", new CodeType(outcome.code()));
    return out;
  }
}
