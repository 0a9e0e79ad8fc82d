package org.cptx.terminology;

import java.util.List;

/**
 * One finding about a request, built only by the message catalogue ({@link
 * org.cptx.terminology.messages.Messages}).
 *
 * @param severity fatal, error, warning or information
 * @param type the FHIR issue-type code (code-invalid, invalid, not-found, ...)
 * @param txType the HL7 tx-issue-type code (invalid-code, invalid-display, not-found, ...), or null
 * @param messageId the stable message id (the tx-ecosystem id where one exists)
 * @param text the human-readable message
 * @param location where in the request the issue lies (FHIRPath), possibly empty
 */
public record Issue(
    Severity severity,
    String type,
    String txType,
    String messageId,
    String text,
    List<String> location) {

  public enum Severity {
    FATAL,
    ERROR,
    WARNING,
    INFORMATION;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Issue {
    location = List.copyOf(location);
  }

  public boolean isError() {
    return severity == Severity.ERROR || severity == Severity.FATAL;
  }
}
