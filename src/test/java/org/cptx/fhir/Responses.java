package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Type;

/** Parsing and checking raw HTTP answers of the test server. */
final class Responses {

  static final String JSON = "application/fhir+json";
  static final String XML = "application/fhir+xml";
  static final String MESSAGE_ID =
      "http://hl7.org/fhir/StructureDefinition/operationoutcome-message-id";
  static final String TX_ISSUE_TYPE = "http://hl7.org/fhir/tools/CodeSystem/tx-issue-type";

  private Responses() {}

  static FhirContext fhir() {
    return FhirContext.forR4Cached();
  }

  static IParser parser(String mediaType) {
    return mediaType.contains("xml") ? fhir().newXmlParser() : fhir().newJsonParser();
  }

  /** The body parsed with the parser its Content-Type names (JSON or XML only). */
  static IBaseResource parse(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElseThrow();
    assertThat(type).as("Content-Type").matches("application/fhir\\+(json|xml);charset=(?i)utf-8");
    return parser(type).parseResource(response.body());
  }

  static <T extends IBaseResource> T parse(HttpResponse<String> response, Class<T> type) {
    IBaseResource resource = parse(response);
    assertThat(resource).as("body of %s", label(response)).isInstanceOf(type);
    return type.cast(resource);
  }

  /** The request URI for assertion messages, cut short. */
  static String label(HttpResponse<String> response) {
    String uri = response.request().method() + " " + response.uri();
    return uri.length() > 160 ? uri.substring(0, 160) + "..." : uri;
  }

  /** A 200 Parameters answer. */
  static Parameters ok(HttpResponse<String> response) {
    assertThat(response.statusCode())
        .as("status of %s: %s", label(response), response.body())
        .isEqualTo(200);
    return parse(response, Parameters.class);
  }

  /**
   * An error answer: the expected status, an OperationOutcome with at least one error issue, and
   * nothing from a stack trace or an HTML error page.
   */
  static OperationOutcome error(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as("status of %s: %s", label(response), response.body())
        .isEqualTo(status);
    assertClean(response);
    OperationOutcome outcome = parse(response, OperationOutcome.class);
    assertThat(outcome.getIssue()).isNotEmpty();
    assertThat(outcome.getIssueFirstRep().getSeverity())
        .isIn(OperationOutcome.IssueSeverity.ERROR, OperationOutcome.IssueSeverity.FATAL);
    return outcome;
  }

  static void assertClean(HttpResponse<String> response) {
    assertThat(response.body())
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContainIgnoringCase("<html");
  }

  /** The message id extension of the first issue. */
  static String messageId(OperationOutcome outcome) {
    var ext = outcome.getIssueFirstRep().getExtensionByUrl(MESSAGE_ID);
    return ext == null ? null : ext.getValue().primitiveValue();
  }

  static Optional<String> txIssueType(OperationOutcome.OperationOutcomeIssueComponent issue) {
    return issue.getDetails().getCoding().stream()
        .filter(c -> TX_ISSUE_TYPE.equals(c.getSystem()))
        .map(Coding::getCode)
        .findFirst();
  }

  /** The top-level parameters with this name. */
  static List<ParametersParameterComponent> all(Parameters p, String name) {
    return p.getParameter().stream().filter(x -> name.equals(x.getName())).toList();
  }

  static String string(Parameters p, String name) {
    Type value = p.getParameterValue(name);
    return value == null ? null : value.primitiveValue();
  }

  /** The parts with this name. */
  static List<ParametersParameterComponent> parts(ParametersParameterComponent p, String name) {
    return p.getPart().stream().filter(x -> name.equals(x.getName())).toList();
  }

  static Type part(ParametersParameterComponent p, String name) {
    List<ParametersParameterComponent> found = parts(p, name);
    assertThat(found).as("part '%s'", name).hasSize(1);
    return found.get(0).getValue();
  }

  /** The property parameters with this code. */
  static List<ParametersParameterComponent> properties(Parameters p, String code) {
    return all(p, "property").stream()
        .filter(x -> code.equals(part(x, "code").primitiveValue()))
        .toList();
  }

  /** The body as UTF-8 bytes, for comparing with Content-Length. */
  static int byteLength(HttpResponse<String> response) {
    return response.body().getBytes(StandardCharsets.UTF_8).length;
  }
}
