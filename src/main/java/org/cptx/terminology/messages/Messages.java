package org.cptx.terminology.messages;

import java.util.List;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.TerminologyException;

/**
 * The one catalogue of messages. Each method builds one kind of {@link Issue} (or the {@link
 * TerminologyException} that carries one) with a stable message id; ids shared with the HL7
 * terminology ecosystem tests keep their names there. The catalogue has a section per theme, each a
 * class of this package: {@link CodeSystemMessages}, {@link DisplayMessages}, {@link
 * ValueSetMessages}, {@link ComposeMessages} and {@link RequestMessages} (CPT's own messages are in
 * {@code CptMessages}, beside the CPT provider). This class holds what the sections share.
 */
public final class Messages {

  /**
   * Notes that a validation reports as issues but leaves out of its one-line {@code message}:
   * remarks about the content drawn on rather than about the code given.
   */
  public static final java.util.Set<String> NOT_IN_MESSAGE =
      java.util.Set.of(
          "UNKNOWN_CODE_IN_FRAGMENT",
          "CONCEPT_DEPRECATED_IN_VALUESET",
          "INACTIVE_DISPLAY_FOUND",
          "CODE_CASE_DIFFERENCE",
          "MSG_DRAFT",
          "VALUESET_VALUE_MISMATCH_DEFAULT",
          "MSG_EXPERIMENTAL",
          "MSG_DEPRECATED",
          "MSG_WITHDRAWN");

  private Messages() {}

  /** "a", "a or b", "a, b or c". */
  static String orList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }

  /**
   * A request error with no location, of the FHIR issue type given (tx type not-found for a
   * not-found).
   */
  static TerminologyException error(ErrorKind kind, String type, String id, String text) {
    String txType = kind == ErrorKind.NOT_FOUND ? "not-found" : null;
    return new TerminologyException(
        kind, new Issue(Severity.ERROR, type, txType, id, text, List.of()));
  }
}
