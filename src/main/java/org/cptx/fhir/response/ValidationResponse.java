package org.cptx.fhir.response;

import org.cptx.terminology.ValidationResult;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

/** A {@link ValidationResult} as the $validate-code output Parameters. */
public final class ValidationResponse {

  private ValidationResponse() {}

  /** @param codeableConcept the CodeableConcept the request gave, echoed back; null when none */
  public static Parameters of(ValidationResult result, CodeableConcept codeableConcept) {
    Parameters out = new Parameters();
    if (codeableConcept != null) {
      out.addParameter().setName("codeableConcept").setValue(codeableConcept);
    }
    out.addParameter("result", new BooleanType(result.result()));
    if (result.system() != null) {
      out.addParameter("system", new UriType(result.system()));
    }
    if (result.version() != null) {
      out.addParameter("version", new StringType(result.version()));
    }
    if (result.code() != null) {
      out.addParameter("code", new CodeType(result.code()));
    }
    if (result.display() != null) {
      out.addParameter("display", new StringType(result.display()));
    }
    if (result.normalizedCode() != null) {
      out.addParameter("normalized-code", new CodeType(result.normalizedCode()));
    }
    if (result.inactive()) {
      out.addParameter("inactive", new BooleanType(true));
    }
    if (result.status() != null) {
      out.addParameter("status", new CodeType(result.status()));
    }
    if (result.message() != null) {
      out.addParameter("message", new StringType(result.message()));
    }
    if (result.unknownSystem() != null) {
      out.addParameter(result.unknownSystem().causedFailure() ? "x-caused-by-unknown-system" : "x-unknown-system",
          new CanonicalType(result.unknownSystem().canonical()));
    }
    if (!result.issues().isEmpty()) {
      out.addParameter().setName("issues").setResource(OperationOutcomes.of(result.issues()));
    }
    return out;
  }
}
