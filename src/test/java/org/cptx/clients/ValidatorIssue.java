package org.cptx.clients;

/**
 * One issue the HL7 FHIR Validator reported: severity ({@code fatal}, {@code error}, {@code
 * warning}, {@code information}), issue type, the validator's message id (for an issue a
 * terminology server reported, the server's {@code operationoutcome-message-id}, when the validator
 * passes it on), text, and the FHIRPath location.
 */
record ValidatorIssue(
    String severity,
    String type,
    String messageId,
    String message,
    String location,
    int line,
    int col,
    String server) {

  boolean isError() {
    return "error".equals(severity) || "fatal".equals(severity);
  }

  /**
   * True when the issue is about the element at {@code path} or inside it ({@code Procedure.code}
   * covers {@code Procedure.code.coding[0]}).
   */
  boolean isAt(String path) {
    return location != null
        && (location.equals(path)
            || location.startsWith(path + ".")
            || location.startsWith(path + "["));
  }

  @Override
  public String toString() {
    return severity
        + " "
        + type
        + (messageId == null ? "" : " [" + messageId + "]")
        + " at "
        + location
        + ": "
        + message;
  }
}
