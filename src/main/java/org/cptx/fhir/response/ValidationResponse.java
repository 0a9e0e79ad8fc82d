package org.cptx.fhir.response;

import org.cptx.terminology.CheckedCoding;
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

  /** The answer's Parameters, with its diagnostics when it has them. */
  public static Parameters of(ValidationAnswer answer) {
    Parameters out = of(answer.result(), answer.codeableConcept());
    if (answer.diagnostics() != null) {
      addDiagnostics(out, answer.diagnostics());
    }
    return out;
  }

  /**
   * @param codeableConcept the CodeableConcept the request gave, echoed back; null when none
   */
  public static Parameters of(ValidationResult result, CodeableConcept codeableConcept) {
    Parameters out = new Parameters();
    if (codeableConcept != null) {
      out.addParameter().setName("codeableConcept").setValue(codeableConcept);
    }
    out.addParameter("result", new BooleanType(result.result()));
    CheckedCoding coding = result.coding();
    if (coding.system() != null) {
      out.addParameter("system", new UriType(coding.system()));
    }
    if (coding.version() != null) {
      out.addParameter("version", new StringType(coding.version()));
    }
    if (coding.code() != null) {
      out.addParameter("code", new CodeType(coding.code()));
    }
    if (coding.display() != null) {
      out.addParameter("display", new StringType(coding.display()));
    }
    if (coding.normalizedCode() != null) {
      out.addParameter("normalized-code", new CodeType(coding.normalizedCode()));
    }
    if (result.status().inactive()) {
      out.addParameter("inactive", new BooleanType(true));
    }
    if (result.status().code() != null) {
      out.addParameter("status", new CodeType(result.status().code()));
    }
    String message = result.message();
    if (message != null) {
      out.addParameter("message", new StringType(message));
    }
    if (result.unknownSystem() != null) {
      out.addParameter(
          result.unknownSystem().causedFailure()
              ? "x-caused-by-unknown-system"
              : "x-unknown-system",
          new CanonicalType(result.unknownSystem().canonical()));
    }
    if (!result.issues().isEmpty()) {
      out.addParameter().setName("issues").setResource(OperationOutcomes.of(result.issues()));
    }
    return out;
  }

  /** The {@code diagnostics} output: how the answer was reached, for a client that asked. */
  public static void addDiagnostics(Parameters out, String diagnostics) {
    out.addParameter("diagnostics", new StringType(diagnostics));
  }
}
