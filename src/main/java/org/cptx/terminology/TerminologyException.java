package org.cptx.terminology;

/**
 * A request that cannot be answered; the HTTP edge maps {@link #kind()} to a status in one place.
 */
public final class TerminologyException extends RuntimeException {

  private final ErrorKind kind;
  private final transient Issue issue;

  public TerminologyException(ErrorKind kind, Issue issue) {
    super(issue.text());
    this.kind = kind;
    this.issue = issue;
  }

  public ErrorKind kind() {
    return kind;
  }

  public Issue issue() {
    return issue;
  }
}
