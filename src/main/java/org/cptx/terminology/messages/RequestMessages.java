package org.cptx.terminology.messages;

import static org.cptx.terminology.messages.Messages.error;

import java.util.List;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.Limits;
import org.cptx.terminology.TerminologyException;

/**
 * The request section of the message catalogue: parameters unknown, missing, repeated, mistyped,
 * too long or contradictory, bodies and formats refused, and requests the HTTP layer turned away.
 */
public final class RequestMessages {

  private RequestMessages() {}

  public static TerminologyException resourceNotFound(String type, String id) {
    return error(
        ErrorKind.NOT_FOUND,
        "not-found",
        "CPTX_RESOURCE_NOT_FOUND",
        type + "/" + id + " is not known to this server");
  }

  public static TerminologyException missingParameter(String operation, String what) {
    return error(
        ErrorKind.BAD_REQUEST, "required", "CPTX_PARAMETER_MISSING", operation + " needs " + what);
  }

  public static TerminologyException unknownParameter(
      String operation, String name, List<String> known) {
    return error(
        ErrorKind.BAD_REQUEST,
        "not-supported",
        "CPTX_PARAMETER_UNKNOWN",
        "Unknown parameter '"
            + name
            + "' for "
            + operation
            + "; known parameters: "
            + String.join(", ", known));
  }

  public static TerminologyException repeatedParameter(String operation, String name) {
    return error(
        ErrorKind.BAD_REQUEST,
        "invalid",
        "CPTX_PARAMETER_REPEATED",
        "Parameter '" + name + "' of " + operation + " may appear only once");
  }

  public static TerminologyException wrongParameterType(
      String operation, String name, String expected) {
    return error(
        ErrorKind.BAD_REQUEST,
        "invalid",
        "CPTX_PARAMETER_TYPE",
        "Parameter '" + name + "' of " + operation + " must be a " + expected);
  }

  public static TerminologyException parameterNotByGet(String operation, String name) {
    return error(
        ErrorKind.BAD_REQUEST,
        "not-supported",
        "CPTX_PARAMETER_POST_ONLY",
        "Parameter '"
            + name
            + "' of "
            + operation
            + " is a complex type: send it with POST in a Parameters resource");
  }

  public static TerminologyException parameterTooLong(String name, int length) {
    return error(
        ErrorKind.BAD_REQUEST,
        "too-long",
        "CPTX_PARAMETER_TOO_LONG",
        "Parameter '"
            + name
            + "' is "
            + length
            + " characters long; the limit is "
            + Limits.MAX_PARAMETER_LENGTH);
  }

  public static TerminologyException tooManyParameters(int count) {
    return error(
        ErrorKind.BAD_REQUEST,
        "too-costly",
        "CPTX_TOO_MANY_PARAMETERS",
        "The request has " + count + " parameters; the limit is " + Limits.MAX_PARAMETERS);
  }

  public static TerminologyException contradiction(String operation, String what) {
    return error(
        ErrorKind.BAD_REQUEST, "invalid", "CPTX_PARAMETER_CONFLICT", operation + ": " + what);
  }

  public static TerminologyException wrongBody(String operation, String resourceType) {
    return error(
        ErrorKind.BAD_REQUEST,
        "invalid",
        "CPTX_BODY_NOT_PARAMETERS",
        operation + " takes a Parameters resource as its body, not " + resourceType);
  }

  public static TerminologyException readOnly(String method) {
    return error(
        ErrorKind.NOT_SUPPORTED,
        "not-supported",
        "CPTX_READ_ONLY",
        "This server is read-only: " + method + " is not allowed");
  }

  public static TerminologyException notABatch(String type) {
    return error(
        ErrorKind.NOT_SUPPORTED,
        "not-supported",
        "CPTX_BUNDLE_NOT_BATCH",
        "POST to the base takes a Bundle"
            + " of type 'batch' (this server is read-only: a transaction or other writes are refused), not '"
            + type
            + "'");
  }

  public static TerminologyException tooManyBatchEntries(int count, int limit) {
    return error(
        ErrorKind.TOO_COSTLY,
        "too-costly",
        "CPTX_BATCH_TOO_LARGE",
        "The batch has "
            + count
            + " entries; this server answers at most "
            + limit
            + " in one batch");
  }

  public static TerminologyException badBatchEntry(int index, String what) {
    return error(
        ErrorKind.BAD_REQUEST,
        "invalid",
        "CPTX_BATCH_ENTRY_INVALID",
        "Bundle.entry[" + index + "]: " + what);
  }

  public static TerminologyException unsupportedFormat(String format) {
    return error(
        ErrorKind.NOT_ACCEPTABLE,
        "not-supported",
        "CPTX_FORMAT_UNSUPPORTED",
        "Unsupported _format '"
            + format
            + "'; use json or xml (application/fhir+json, application/fhir+xml)");
  }

  /**
   * The reference servers send this one without a message id; so does cptx, so clients match it by
   * text alike.
   */
  public static TerminologyException noCodeToValidate() {
    return error(
        ErrorKind.BAD_REQUEST,
        "invalid",
        null,
        "Unable to find code to validate"
            + " (looked for coding | codeableConcept | code+system | code+inferSystem in parameters");
  }

  /**
   * A request the HTTP layer refused before the FHIR endpoint saw it (URI or headers too long,
   * malformed).
   */
  public static Issue requestRefused(int status, String reason) {
    boolean tooLong = status == 413 || status == 414 || status == 431;
    return new Issue(
        Severity.ERROR,
        tooLong ? "too-long" : "invalid",
        null,
        "CPTX_REQUEST_REFUSED",
        "The HTTP request was refused: "
            + status
            + " "
            + reason
            + (status == 414 ? "; send long parameters with POST in a Parameters resource" : ""),
        List.of());
  }

  /** A request body over the server's size limit, refused before it is read. */
  public static Issue bodyTooLarge(long limit) {
    return new Issue(
        Severity.ERROR,
        "too-long",
        null,
        "CPTX_BODY_TOO_LARGE",
        "The request body is larger than this server accepts (" + limit + " bytes)",
        List.of());
  }

  /**
   * A number in a body with too many digits or too large an exponent, refused before it is parsed.
   */
  public static Issue numberTooLarge(String number) {
    return new Issue(
        Severity.ERROR,
        "too-long",
        null,
        "CPTX_NUMBER_TOO_LARGE",
        "The request body holds a number"
            + " with more than "
            + Limits.MAX_NUMBER_DIGITS
            + " digits or an exponent beyond "
            + Limits.MAX_NUMBER_EXPONENT
            + ": "
            + Echo.prefix(number),
        List.of());
  }

  /**
   * An HTTP method this server does not know (methods are case-sensitive: {@code get} is not {@code
   * GET}).
   */
  public static Issue methodNotAllowed(String method) {
    return new Issue(
        Severity.ERROR,
        "not-supported",
        null,
        "CPTX_METHOD_NOT_ALLOWED",
        "The HTTP method '" + Echo.prefix(method) + "' is not supported here; use GET or POST",
        List.of());
  }

  /** A request body in a format cptx does not read (e.g. RDF Turtle). */
  public static Issue contentTypeUnsupported(String type) {
    return new Issue(
        Severity.ERROR,
        "not-supported",
        null,
        "CPTX_CONTENT_TYPE_UNSUPPORTED",
        "Unsupported Content-Type '"
            + Echo.prefix(type)
            + "'; send application/fhir+json or application/fhir+xml",
        List.of());
  }

  /**
   * A query string this server cannot take apart: an empty or control-character parameter name, bad
   * escapes.
   */
  public static Issue badQuery(String what) {
    return new Issue(
        Severity.ERROR,
        "invalid",
        null,
        "CPTX_QUERY_INVALID",
        "The query string is not valid: " + Echo.prefix(what),
        List.of());
  }

  /** Too many parameters, counted in the query string before it is parsed. */
  public static Issue tooManyQueryParameters(int count) {
    return tooManyParameters(count).issue();
  }

  /** A body the FHIR parser refused; the parser's own words, without class names, cut short. */
  public static Issue malformedBody(String detail) {
    return new Issue(
        Severity.ERROR,
        "structure",
        null,
        "CPTX_BODY_MALFORMED",
        "The request body is not a valid FHIR resource: " + Echo.clean(detail),
        List.of());
  }

  /** An error the HTTP or FHIR layer raised with only a status and a text to go by. */
  public static Issue httpError(int status, String detail) {
    String type =
        switch (status) {
          case 404 -> "not-found";
          case 405, 406, 415, 501 -> "not-supported";
          case 413, 414, 431 -> "too-long";
          case 429, 503 -> "transient";
          default -> "invalid";
        };
    return new Issue(
        Severity.ERROR, type, null, "CPTX_HTTP_" + status, Echo.clean(detail), List.of());
  }
}
