package org.cptx.server;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.fhir.response.OperationOutcomes;
import org.cptx.terminology.Issue;

/** Writes an error the servlet layer raises itself (before HAPI) as a JSON OperationOutcome. */
public final class Outcomes {

  /** The content type of every error the servlet layer writes. */
  public static final String CONTENT_TYPE = "application/fhir+json;charset=utf-8";

  private Outcomes() {}

  /** The JSON of an OperationOutcome holding the one issue. */
  public static byte[] json(Issue issue) {
    FhirContext fhir = FhirModel.r4();
    return fhir.newJsonParser()
        .encodeResourceToString(OperationOutcomes.of(List.of(issue)))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Answers the response with the status and an OperationOutcome holding the issue. */
  public static void send(HttpServletResponse response, int status, Issue issue)
      throws IOException {
    byte[] body = json(issue);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(CONTENT_TYPE);
    response.setHeader("Date", HttpDate.now());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
