package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.JSON;
import static org.cptx.fhir.Responses.XML;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.string;

import ca.uhn.fhir.rest.api.EncodingEnum;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.TerminologyCapabilities;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CodeSystem/$subsumes over HTTP: GET and POST, type and instance level, JSON and XML, CPT and a
 * hierarchy.
 */
@RunningServer
class SubsumesHttpTest {

  static final String CPT = TestContent.CPT;
  static final String GENDER = "http://hl7.org/fhir/administrative-gender";

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String outcome(TestServer server, String system, String a, String b) {
    return outcomeOf(server, "system=" + q(system), a, b);
  }

  static String outcomeOf(TestServer server, String systemQuery, String a, String b) {
    return string(
        ok(server.get("CodeSystem/$subsumes?" + systemQuery + "&codeA=" + q(a) + "&codeB=" + q(b))),
        "outcome");
  }

  @ParameterizedTest
  @CsvSource({
    "47383, 47383, equivalent",
    "47383, 47383:51, subsumes",
    "47383:51, 47383, subsumed-by",
    "47383:51, 47383:51:LT, subsumes",
    "47383:51:LT, 47383:LT:51, equivalent",
    "47383:51, 47383:LT, not-subsumed",
    "47383, 51, not-subsumed"
  })
  void cptCodesSubsumeTheirExpressions(String a, String b, String expected, TestServer server) {
    assertThat(outcome(server, CPT, a, b)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"9990A, 9990B, subsumes", "9990B, 9990A, subsumed-by", "9990A, 9990A, equivalent"})
  void aContentHierarchyDecides(String a, String b, String expected, TestServer server) {
    assertThat(outcomeOf(server, "system=" + q(TestContent.SYNTHETIC_URL) + "&version=1.0.0", a, b))
        .isEqualTo(expected);
  }

  @Test
  void aFlatSystemSaysNotSubsumed(TestServer server) {
    assertThat(outcome(server, GENDER, "male", "female")).isEqualTo("not-subsumed");
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void postWithCodingsAtInstanceLevel(String format, TestServer server) {
    Parameters body = new Parameters();
    body.addParameter().setName("codingA").setValue(new Coding(CPT, "47383", null));
    body.addParameter().setName("codingB").setValue(new Coding(CPT, "47383:51", null));
    Parameters out =
        ok(
            server.post(
                "CodeSystem/cpt/$subsumes",
                format,
                Responses.parser(format).encodeResourceToString(body)));
    assertThat(string(out, "outcome")).isEqualTo("subsumes");
  }

  @Test
  void unknownCodesAndSystemsFailAsLookupDoes(TestServer server) {
    OperationOutcome code =
        error(
            server.get("CodeSystem/$subsumes?system=" + q(CPT) + "&codeA=47383&codeB=99999"), 404);
    assertThat(code.getIssueFirstRep().getDetails().getText()).contains("99999");
    OperationOutcome lookup =
        error(server.get("CodeSystem/$lookup?system=" + q(CPT) + "&code=99999"), 404);
    assertThat(messageId(code)).isEqualTo(messageId(lookup));
    OperationOutcome system =
        error(
            server.get("CodeSystem/$subsumes?system=http://example.org/none&codeA=a&codeB=b"), 404);
    assertThat(messageId(system))
        .isEqualTo(
            messageId(
                error(
                    server.get("CodeSystem/$lookup?system=http://example.org/none&code=a"), 404)));
    OperationOutcome dash =
        error(
            server.get("CodeSystem/$subsumes?system=" + q(CPT) + "&codeA=47383&codeB=47383-51"),
            404);
    assertThat(messageId(dash)).isEqualTo("CPT_EXPRESSION_SEPARATOR");
  }

  @Test
  void codingsOfTwoSystemsOrAMissingCodeAreBadRequests(TestServer server) {
    Parameters body = new Parameters();
    body.addParameter().setName("codingA").setValue(new Coding(CPT, "47383", null));
    body.addParameter().setName("codingB").setValue(new Coding(GENDER, "male", null));
    error(
        server.post(
            "CodeSystem/$subsumes", JSON, Responses.parser(JSON).encodeResourceToString(body)),
        400);
    error(server.get("CodeSystem/$subsumes?system=" + q(CPT) + "&codeA=47383"), 400);
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void theHapiClientCallsIt(EncodingEnum encoding, TestServer server) {
    Parameters in = new Parameters();
    in.addParameter("system", new UriType(CPT));
    in.addParameter("codeA", new CodeType("47383:51"));
    in.addParameter("codeB", new CodeType("47383"));
    Parameters out =
        server
            .client()
            .operation()
            .onType("CodeSystem")
            .named("$subsumes")
            .withParameters(in)
            .encoded(encoding)
            .execute();
    assertThat(out.getParameterValue("outcome").primitiveValue()).isEqualTo("subsumed-by");
    Parameters byGet =
        server
            .client()
            .operation()
            .onType("CodeSystem")
            .named("$subsumes")
            .withParameters(in)
            .useHttpGet()
            .encoded(encoding)
            .execute();
    assertThat(byGet.getParameterValue("outcome").primitiveValue()).isEqualTo("subsumed-by");
  }

  @Test
  void capabilitiesListIt(TestServer server) {
    CapabilityStatement cs =
        server.client().capabilities().ofType(CapabilityStatement.class).execute();
    assertThat(cs.getRestFirstRep().getResource())
        .filteredOn(r -> r.getType().equals("CodeSystem"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.getOperation())
                    .anySatisfy(o -> assertThat(o.getName()).isEqualTo("subsumes")));
    TerminologyCapabilities tc =
        (TerminologyCapabilities) Responses.parse(server.get("metadata?mode=terminology"));
    assertThat(tc.getCodeSystem())
        .filteredOn(c -> c.getUri().equals(CPT))
        .singleElement()
        .satisfies(c -> assertThat(c.getSubsumption()).isTrue());
  }
}
