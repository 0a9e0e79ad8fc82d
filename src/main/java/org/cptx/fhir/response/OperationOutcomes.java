package org.cptx.fhir.response;

import java.util.List;
import org.cptx.terminology.Issue;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/** Engine issues as an OperationOutcome: the one place issues become FHIR. */
public final class OperationOutcomes {

  public static final String MESSAGE_ID_URL =
      "http://hl7.org/fhir/StructureDefinition/operationoutcome-message-id";
  public static final String TX_ISSUE_TYPE = "http://hl7.org/fhir/tools/CodeSystem/tx-issue-type";

  private OperationOutcomes() {}

  /** Whether the outcome is one cptx built: every issue carries a message id. */
  public static boolean hasMessageId(
      org.hl7.fhir.instance.model.api.IBaseOperationOutcome outcome) {
    return outcome instanceof OperationOutcome oo
        && oo.hasIssue()
        && oo.getIssue().stream().allMatch(i -> i.hasExtension(MESSAGE_ID_URL));
  }

  public static OperationOutcome of(List<Issue> issues) {
    OperationOutcome outcome = new OperationOutcome();
    for (Issue issue : issues) {
      outcome.addIssue(component(issue));
    }
    return outcome;
  }

  private static OperationOutcome.OperationOutcomeIssueComponent component(Issue issue) {
    var c = new OperationOutcome.OperationOutcomeIssueComponent();
    if (issue.messageId() != null) {
      c.addExtension(MESSAGE_ID_URL, new StringType(issue.messageId()));
    }
    c.setSeverity(IssueSeverity.fromCode(issue.severity().code()));
    c.setCode(IssueType.fromCode(issue.type()));
    CodeableConcept details = new CodeableConcept().setText(issue.text());
    if (issue.txType() != null) {
      details.addCoding().setSystem(TX_ISSUE_TYPE).setCode(issue.txType());
    }
    c.setDetails(details);
    // where the issue is goes in expression only: R4 deprecates location (an XPath, XML-specific)
    issue.location().forEach(c::addExpression);
    return c;
  }
}
