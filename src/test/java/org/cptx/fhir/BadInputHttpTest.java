package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.JSON;
import static org.cptx.fhir.Responses.XML;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;
import static org.cptx.fhir.Responses.ok;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;

@RunningServer
class BadInputHttpTest {

  static final String CPT = TestContent.CPT;
  static final String LOOKUP = "CodeSystem/$lookup";
  static final String VALIDATE = "CodeSystem/$validate-code";
  static final String UNKNOWN_PARAMETER_BODY =
      "{\"resourceType\":\"Parameters\",\"parameter\":["
          + "{\"name\":\"url\",\"valueUri\":\""
          + TestContent.CPT
          + "\"},{\"name\":\"code\",\"valueCode\":\"47383\"},"
          + "{\"name\":\"colour\",\"valueString\":\"red\"}]}";
  static final String LONG_CODE = "9".repeat(20_000);

  /** RFC 9110 IMF-fixdate, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}: a two-digit day. */
  static final String IMF_FIXDATE =
      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} "
          + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

  @Test
  void malformedJsonBody(TestServer server) {
    error(server.post(LOOKUP, JSON, "{\"resourceType\":\"Parameters\",\"parameter\":["), 400);
    error(server.post(LOOKUP, JSON, "this is not json"), 400);
  }

  @Test
  void malformedXmlBody(TestServer server) {
    error(server.post(LOOKUP, XML, "<Parameters xmlns=\"http://hl7.org/fhir\"><parameter>"), 400);
    error(
        server.post(
            VALIDATE, XML, "<Parameters xmlns=\"http://hl7.org/fhir\"><bogus/></Parameters>"),
        400);
  }

  @Test
  void patientAsTheBodyOfLookup(TestServer server) {
    OperationOutcome oo =
        error(
            server.post(
                LOOKUP,
                JSON,
                "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Invented\"}]}"),
            400);
    assertThat(messageId(oo)).isEqualTo("CPTX_BODY_NOT_PARAMETERS");
    assertThat(oo.getIssueFirstRep().getDetails().getText()).contains("Patient");
  }

  @Test
  void unknownParameterIsSkippedByGetAndPost(TestServer server) {
    Parameters get = ok(server.get(LOOKUP + "?system=" + CPT + "&code=47383&colour=red"));
    assertThat(get.getParameterValue("code").primitiveValue()).isEqualTo("47383");
    Parameters post = ok(server.post(VALIDATE, JSON, UNKNOWN_PARAMETER_BODY));
    assertThat(post.getParameterBool("result")).isTrue();
  }

  @Test
  void unknownParameterIsRefusedUnderStrictHandling(TestServer server) {
    OperationOutcome get =
        error(
            server.get(
                LOOKUP + "?system=" + CPT + "&code=47383&colour=red", "Prefer", "handling=strict"),
            400);
    assertThat(messageId(get)).isEqualTo("CPTX_PARAMETER_UNKNOWN");
    assertThat(get.getIssueFirstRep().getDetails().getText()).contains("colour");
    OperationOutcome post =
        error(
            server.post(
                VALIDATE,
                JSON,
                UNKNOWN_PARAMETER_BODY,
                "Prefer",
                "return=minimal, handling=strict"),
            400);
    assertThat(messageId(post)).isEqualTo("CPTX_PARAMETER_UNKNOWN");
    Parameters lenient =
        ok(server.post(VALIDATE, JSON, UNKNOWN_PARAMETER_BODY, "Prefer", "handling=lenient"));
    assertThat(lenient.getParameterBool("result")).isTrue();
  }

  @Test
  void twentyThousandCharacterCode(TestServer server) {
    OperationOutcome post =
        error(
            server.post(
                "CodeSystem/cpt/$lookup",
                JSON,
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"code\",\"valueCode\":\""
                    + LONG_CODE
                    + "\"}]}"),
            400);
    assertThat(messageId(post)).isEqualTo("CPTX_PARAMETER_TOO_LONG");
    HttpResponse<String> get = server.get(LOOKUP + "?system=" + CPT + "&code=" + LONG_CODE);
    assertThat(get.statusCode()).isBetween(400, 499);
    error(get, get.statusCode());
    HttpResponse<String> validate = server.get("CodeSystem/cpt/$validate-code?code=" + LONG_CODE);
    error(validate, validate.statusCode());
  }

  @Test
  void headersTooLarge(TestServer server) {
    HttpResponse<String> response = server.get("metadata", "X-Invented-Header", LONG_CODE);
    assertThat(response.statusCode()).isBetween(400, 499);
    error(response, response.statusCode());
  }

  @Test
  void turtleIsNotAcceptable(TestServer server) {
    assertThat(
            messageId(
                error(server.get(LOOKUP + "?system=" + CPT + "&code=47383&_format=ttl"), 406)))
        .isEqualTo("CPTX_FORMAT_UNSUPPORTED");
    assertThat(
            messageId(
                error(
                    server.get(LOOKUP + "?system=" + CPT + "&code=47383", "Accept", "text/turtle"),
                    406)))
        .isEqualTo("CPTX_FORMAT_UNSUPPORTED");
    error(server.get("metadata?_format=text/turtle"), 406);
  }

  @Test
  void booleanWithABadValue(TestServer server) {
    OperationOutcome get =
        error(server.get(VALIDATE + "?url=" + CPT + "&code=47383&abstract=maybe"), 400);
    assertThat(messageId(get)).isEqualTo("CPTX_PARAMETER_TYPE");
    OperationOutcome post =
        error(
            server.post(
                VALIDATE,
                JSON,
                "{\"resourceType\":\"Parameters\",\"parameter\":["
                    + "{\"name\":\"url\",\"valueUri\":\""
                    + CPT
                    + "\"},{\"name\":\"code\",\"valueCode\":\"47383\"},"
                    + "{\"name\":\"abstract\",\"valueString\":\"maybe\"}]}"),
            400);
    assertThat(messageId(post)).isEqualTo("CPTX_PARAMETER_TYPE");
  }

  @Test
  void writesAreRefused(TestServer server) {
    String cs =
        "{\"resourceType\":\"CodeSystem\",\"id\":\"cpt\",\"status\":\"draft\",\"content\":\"not-present\"}";
    assertThat(messageId(error(server.method("PUT", "CodeSystem/cpt", cs), 405)))
        .isEqualTo("CPTX_READ_ONLY");
    assertThat(messageId(error(server.method("DELETE", "CodeSystem/cpt", ""), 405)))
        .isEqualTo("CPTX_READ_ONLY");
    assertThat(messageId(error(server.method("POST", "CodeSystem", cs), 405)))
        .isEqualTo("CPTX_READ_ONLY");
    assertThat(messageId(error(server.method("PATCH", "CodeSystem/cpt", "[]"), 405)))
        .isEqualTo("CPTX_READ_ONLY");
    error(server.method("POST", "", "{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}"), 405);
    // still there, unchanged
    assertThat(server.get("CodeSystem/cpt").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownResourceType(TestServer server) {
    error(server.get("Frobnicator/1"), 404);
    error(server.get("Patient?name=Invented"), 404);
  }

  @Test
  void errorsFollowTheAskedFormat(TestServer server) {
    HttpResponse<String> xml = server.get(LOOKUP + "?system=" + CPT + "&code=99999&_format=xml");
    assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith(XML);
    error(xml, 404);
    HttpResponse<String> accept = server.post(LOOKUP, JSON, "{", "Accept", XML);
    assertThat(accept.headers().firstValue("Content-Type").orElseThrow()).startsWith(XML);
    error(accept, 400);
  }

  /**
   * Every kind of answer: one Date header (an IMF-fixdate), a Content-Length equal to the body, no
   * chunking.
   */
  @Test
  void everyResponseHasOneDateAndAContentLength(TestServer server) {
    List<Function<TestServer, HttpResponse<String>>> calls =
        List.of(
            s -> s.get(LOOKUP + "?system=" + CPT + "&code=47383"),
            s -> s.get(LOOKUP + "?system=" + CPT + "&code=47383&_format=xml"),
            s ->
                s.post(
                    LOOKUP,
                    JSON,
                    "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"system\","
                        + "\"valueUri\":\""
                        + CPT
                        + "\"},{\"name\":\"code\",\"valueCode\":\"47383\"}]}"),
            s -> s.get(VALIDATE + "?url=" + CPT + "&code=47383&display=Invented"),
            s -> s.get("metadata"),
            s -> s.get("metadata?mode=terminology"),
            s -> s.get("CodeSystem?url=" + CPT),
            s -> s.get("CodeSystem/cpt"),
            s -> s.get(LOOKUP + "?system=" + CPT + "&code=99999"),
            s -> s.get(LOOKUP + "?system=" + CPT),
            s -> s.post(LOOKUP, JSON, "{"),
            s -> s.get(LOOKUP + "?system=" + CPT + "&code=47383&_format=ttl"),
            s -> s.method("DELETE", "CodeSystem/cpt", ""),
            s -> s.get("Frobnicator/1"),
            s -> s.get(LOOKUP + "?system=" + CPT + "&code=" + LONG_CODE),
            s -> s.get("metadata", "X-Invented-Header", LONG_CODE));
    for (var call : calls) {
      HttpResponse<String> response = call.apply(server);
      var headers = response.headers();
      assertThat(headers.allValues("Date"))
          .as("Date of %s", Responses.label(response))
          .singleElement()
          .satisfies(d -> assertThat(d).matches(IMF_FIXDATE));
      assertThat(headers.allValues("Content-Length"))
          .as("Content-Length of %s", Responses.label(response))
          .containsExactly(String.valueOf(Responses.byteLength(response)));
      assertThat(headers.firstValue("Transfer-Encoding"))
          .as("Transfer-Encoding of %s", Responses.label(response))
          .isEmpty();
    }
  }
}
