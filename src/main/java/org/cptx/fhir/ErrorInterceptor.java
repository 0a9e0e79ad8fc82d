package org.cptx.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.cptx.fhir.response.OperationOutcomes;
import org.cptx.terminology.Issue;
import org.cptx.terminology.TerminologyException;
import org.cptx.terminology.messages.Echo;
import org.cptx.terminology.messages.RequestMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where errors become HTTP: a {@link TerminologyException}'s kind picks the status
 * and its issue becomes the OperationOutcome; HAPI's own 4xx keep their status and get an
 * OperationOutcome with a message id and a text without class names; a body HAPI's parser choked on
 * is a 400; anything else is a 500 with a plain OperationOutcome and the stack trace in the log
 * only.
 */
@Interceptor
public final class ErrorInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorInterceptor.class);

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException convert(Throwable thrown) {
    return toHttp(thrown);
  }

  /** What any failure is answered with (also for each failed entry of a batch). */
  public static BaseServerResponseException toHttp(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof TerminologyException e) {
        return toHttp(e);
      }
    }
    if (thrown instanceof BaseServerResponseException http
        && !(thrown instanceof InternalErrorException)) {
      if (OperationOutcomes.hasMessageId(http.getOperationOutcome())) {
        return http;
      }
      String message = http.getMessage() == null ? "" : http.getMessage();
      return withOutcome(
          http,
          http.getStatusCode() == 400 && message.contains("Failed to parse")
              ? RequestMessages.malformedBody(message)
              : RequestMessages.httpError(http.getStatusCode(), message));
    }
    String parserProblem = parserProblem(thrown);
    if (parserProblem != null) {
      return withOutcome(
          new InvalidRequestException(parserProblem), RequestMessages.malformedBody(parserProblem));
    }
    LOG.error("internal error while answering a request", thrown);
    InternalErrorException internal =
        new InternalErrorException(
            "cptx could not answer this request because of an"
                + " internal error; the server log has the details");
    return withOutcome(
        internal,
        new Issue(
            Issue.Severity.FATAL,
            "exception",
            null,
            "CPTX_INTERNAL_ERROR",
            internal.getMessage(),
            List.of()));
  }

  /**
   * The HTTP exception, status and OperationOutcome included, that a terminology error is answered
   * with.
   */
  public static BaseServerResponseException toHttp(TerminologyException e) {
    String text = Echo.bounded(e.issue().text());
    BaseServerResponseException http =
        switch (e.kind()) {
          case BAD_REQUEST -> new InvalidRequestException(text);
          case NOT_FOUND -> new ResourceNotFoundException(text);
          case TOO_COSTLY -> new UnprocessableEntityException(text);
          case NOT_SUPPORTED -> new MethodNotAllowedException(text);
          case NOT_ACCEPTABLE -> new UnclassifiedServerFailureException(406, text);
        };
    Issue issue = e.issue();
    if (text != null && !text.equals(issue.text())) {
      issue =
          new Issue(
              issue.severity(),
              issue.type(),
              issue.txType(),
              issue.messageId(),
              text,
              issue.location());
    }
    http.setOperationOutcome(OperationOutcomes.of(List.of(issue)));
    return http;
  }

  private static BaseServerResponseException withOutcome(
      BaseServerResponseException http, Issue issue) {
    http.setOperationOutcome(OperationOutcomes.of(List.of(issue)));
    return http;
  }

  /**
   * The parser's words when a failure came from reading the request body (HAPI's parser throws a
   * format error for most bad input, and a null-pointer or class-not-found for some), else null.
   */
  private static String parserProblem(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof DataFormatException) {
        return t.getMessage();
      }
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getClassName().startsWith("ca.uhn.fhir.parser.")) {
          return "the body could not be read";
        }
      }
    }
    return null;
  }
}
