package org.cptx.fhir.response;

import java.util.List;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;

/**
 * $batch-validate-code output: one {@code validation} per call, its Parameters or its
 * OperationOutcome.
 */
public final class BatchValidationResponse {

  private BatchValidationResponse() {}

  public static Parameters of(List<Resource> results) {
    Parameters out = new Parameters();
    results.forEach(r -> out.addParameter().setName("validation").setResource(r));
    return out;
  }
}
