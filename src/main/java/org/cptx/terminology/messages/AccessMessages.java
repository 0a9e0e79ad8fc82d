package org.cptx.terminology.messages;

import java.util.List;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;

/**
 * The access-control section of the message catalogue: a token missing, not valid, or without the
 * scope.
 */
public final class AccessMessages {

  private AccessMessages() {}

  public static Issue tokenMissing() {
    return new Issue(
        Severity.ERROR,
        "login",
        null,
        "CPTX_TOKEN_MISSING",
        "This server serves licensed content to"
            + " authorised clients only: send an OAuth 2.0 bearer token (Authorization: Bearer ...)",
        List.of());
  }

  public static Issue tokenInvalid(String why) {
    return new Issue(
        Severity.ERROR,
        "login",
        null,
        "CPTX_TOKEN_INVALID",
        "The bearer token is not valid: " + Echo.clean(why),
        List.of());
  }

  public static Issue scopeMissing(String resourceType) {
    return new Issue(
        Severity.ERROR,
        "forbidden",
        null,
        "CPTX_SCOPE_MISSING",
        "The token does not grant reading "
            + resourceType
            + ": it needs a scope such as system/"
            + resourceType
            + ".read or system/"
            + resourceType
            + ".rs",
        List.of());
  }
}
