package org.cptx.terminology.messages;

import static org.cptx.terminology.messages.Messages.error;

import java.util.List;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.Limits;
import org.cptx.terminology.TerminologyException;

/**
 * The request section of the message catalogue: parameters unknown, missing, repeated, mistyped, too long or
 * contradictory, bodies and formats refused, and requests the HTTP layer turned away.
 */
public final class RequestMessages {

  private RequestMessages() {}

  public static TerminologyException resourceNotFound(String type, String id) {
    return error(ErrorKind.NOT_FOUND, "not-found", "CPTX_RESOURCE_NOT_FOUND",
        type + "/" + id + " is not known to this server");
  }

  public static TerminologyException missingParameter(String operation, String what) {
    return error(ErrorKind.BAD_REQUEST, "required", "CPTX_PARAMETER_MISSING",
        operation + " needs " + what);
  }

  public static TerminologyException unknownParameter(String operation, String name, List<String> known) {
    return error(ErrorKind.BAD_REQUEST, "not-supported", "CPTX_PARAMETER_UNKNOWN",
        "Unknown parameter '" + name + "' for " + operation + "; known parameters: " + String.join(", ", known));
  }

  public static TerminologyException repeatedParameter(String operation, String name) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_PARAMETER_REPEATED",
        "Parameter '" + name + "' of " + operation + " may appear only once");
  }

  public static TerminologyException wrongParameterType(String operation, String name, String expected) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_PARAMETER_TYPE",
        "Parameter '" + name + "' of " + operation + " must be a " + expected);
  }

  public static TerminologyException parameterNotByGet(String operation, String name) {
    return error(ErrorKind.BAD_REQUEST, "not-supported", "CPTX_PARAMETER_POST_ONLY",
        "Parameter '" + name + "' of " + operation + " is a complex type: send it with POST in a Parameters resource");
  }

  public static TerminologyException parameterTooLong(String name, int length) {
    return error(ErrorKind.BAD_REQUEST, "too-long", "CPTX_PARAMETER_TOO_LONG",
        "Parameter '" + name + "' is " + length + " characters long; the limit is " + Limits.MAX_PARAMETER_LENGTH);
  }

  public static TerminologyException tooManyParameters(int count) {
    return error(ErrorKind.BAD_REQUEST, "too-costly", "CPTX_TOO_MANY_PARAMETERS",
        "The request has " + count + " parameters; the limit is " + Limits.MAX_PARAMETERS);
  }

  public static TerminologyException contradiction(String operation, String what) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_PARAMETER_CONFLICT", operation + ": " + what);
  }

  public static TerminologyException wrongBody(String operation, String resourceType) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_BODY_NOT_PARAMETERS",
        operation + " takes a Parameters resource as its body, not " + resourceType);
  }

  public static TerminologyException readOnly(String method) {
    return error(ErrorKind.NOT_SUPPORTED, "not-supported", "CPTX_READ_ONLY",
        "This server is read-only: " + method + " is not allowed");
  }

  public static TerminologyException notABatch(String type) {
    return error(ErrorKind.NOT_SUPPORTED, "not-supported", "CPTX_BUNDLE_NOT_BATCH", "POST to the base takes a Bundle"
        + " of type 'batch' (this server is read-only: a transaction or other writes are refused), not '" + type + "'");
  }

  public static TerminologyException tooManyBatchEntries(int count, int limit) {
    return error(ErrorKind.TOO_COSTLY, "too-costly", "CPTX_BATCH_TOO_LARGE",
        "The batch has " + count + " entries; this server answers at most " + limit + " in one batch");
  }

  public static TerminologyException badBatchEntry(int index, String what) {
    return error(ErrorKind.BAD_REQUEST, "invalid", "CPTX_BATCH_ENTRY_INVALID", "Bundle.entry[" + index + "]: " + what);
  }

  public static TerminologyException unsupportedFormat(String format) {
    return error(ErrorKind.NOT_ACCEPTABLE, "not-supported", "CPTX_FORMAT_UNSUPPORTED",
        "Unsupported _format '" + format + "'; use json or xml (application/fhir+json, application/fhir+xml)");
  }

  /** The reference servers send this one without a message id; so does cptx, so clients match it by text alike. */
  public static TerminologyException noCodeToValidate() {
    return error(ErrorKind.BAD_REQUEST, "invalid", null, "Unable to find code to validate"
        + " (looked for coding | codeableConcept | code+system | code+inferSystem in parameters");
  }

  /** A request the HTTP layer refused before the FHIR endpoint saw it (URI or headers too long, malformed). */
  public static Issue requestRefused(int status, String reason) {
    boolean tooLong = status == 413 || status == 414 || status == 431;
    return new Issue(Severity.ERROR, tooLong ? "too-long" : "invalid", null, "CPTX_REQUEST_REFUSED",
        "The HTTP request was refused: " + status + " " + reason
            + (status == 414 ? "; send long parameters with POST in a Parameters resource" : ""), List.of());
  }
}
