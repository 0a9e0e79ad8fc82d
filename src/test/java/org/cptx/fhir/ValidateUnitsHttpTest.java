package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.JSON;
import static org.cptx.fhir.Responses.XML;
import static org.cptx.fhir.Responses.all;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.ValidateCodeHttpTest.issues;
import static org.cptx.fhir.ValidateCodeHttpTest.result;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cptx {@code units} input of CodeSystem and ValueSet $validate-code, against the shipped seed:
 * 47383 has the CMS MUE 1 without an adjudication indicator, so more units are a warning (the
 * severities per indicator are unit-tested in CptMueUnitsTest, and an error over HTTP in
 * ImportEndToEndTest).
 */
@RunningServer
class ValidateUnitsHttpTest {

  private static final String CPT = TestContent.CPT;
  private static final String CS = "CodeSystem/$validate-code";
  private static final String VS = "ValueSet/$validate-code";
  private static final String CPT_ALL = "http://hl7.org/fhir/ValueSet/cpt-all";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, json", "GET, xml", "POST, json", "POST, xml"})
  void unitsOverTheMueAreReported(String method, String format, TestServer server) {
    Parameters out = ok(call(server, method, format, CS, "url", CPT, "code", "47383", "units", 2));
    assertThat(result(out)).as("a warning: the seed gives no adjudication indicator").isTrue();
    OperationOutcome oo = issues(out);
    assertThat(messageId(oo)).isEqualTo("CPT_POLICY_MUE_UNITS");
    assertThat(oo.getIssue())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getSeverity()).isEqualTo(IssueSeverity.WARNING);
              assertThat(i.getCode()).isEqualTo(OperationOutcome.IssueType.BUSINESSRULE);
              assertThat(i.getDetails().getText())
                  .isEqualTo(
                      "2 units of '47383' need review: the CMS MUE (medically unlikely"
                          + " edit) for '47383' is 1 unit (no adjudication indicator)");
              assertThat(i.getExpression())
                  .extracting(e -> e.getValue())
                  .containsExactly("code", "units");
            });
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, json", "POST, xml"})
  void valueSetValidateCodeTakesUnitsToo(String method, String format, TestServer server) {
    Parameters out =
        ok(
            call(
                server, method, format, VS, "url", CPT_ALL, "system", CPT, "code", "47383", "units",
                3));
    assertThat(result(out)).isTrue();
    assertThat(messageId(issues(out))).isEqualTo("CPT_POLICY_MUE_UNITS");
    assertThat(issues(out).getIssueFirstRep().getDetails().getText())
        .contains("3 units of '47383'");
  }

  @Test
  void unitsWithinTheMueOrOnASystemWithoutMueAddNothing(TestServer server) {
    Parameters within =
        ok(call(server, "GET", "json", CS, "url", CPT, "code", "47383", "units", 1));
    assertThat(result(within)).isTrue();
    assertThat(all(within, "issues")).isEmpty();
    Parameters other =
        ok(
            call(
                server,
                "GET",
                "json",
                CS,
                "url",
                "http://cptx.org/fhir/CodeSystem/cms-global-days",
                "code",
                "010",
                "units",
                40));
    assertThat(result(other)).isTrue();
    assertThat(all(other, "issues")).isEmpty();
  }

  @Test
  void anExpressionIsCheckedAgainstItsBaseCode(TestServer server) {
    Parameters out =
        ok(call(server, "POST", "json", CS, "url", CPT, "code", "47383:51", "units", 4));
    assertThat(issues(out).getIssue())
        .anySatisfy(
            i ->
                assertThat(i.getDetails().getText())
                    .isEqualTo(
                        "4 units of '47383:51' need review: the CMS MUE (medically unlikely edit) for '47383' is 1 unit"
                            + " (no adjudication indicator)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "abc", "1.5", "10000", "99999999999"})
  void unitsMustBeAPositiveIntOfAtMost9999(String units, TestServer server) {
    for (String path :
        List.of(
            CS + "?url=" + CPT + "&code=47383",
            VS + "?url=" + CPT_ALL + "&system=" + CPT + "&code=47383")) {
      OperationOutcome oo =
          error(
              server.get(path + "&units=" + URLEncoder.encode(units, StandardCharsets.UTF_8)), 400);
      assertThat(messageId(oo)).isEqualTo("CPTX_PARAMETER_TYPE");
      assertThat(oo.getIssueFirstRep().getDetails().getText())
          .startsWith("Parameter 'units' of $validate-code must" + " be a positiveInt");
    }
  }

  @Test
  void postedUnitsMustBeAPositiveInteger(TestServer server) {
    for (Type bad :
        List.of(
            new PositiveIntType(0),
            new org.hl7.fhir.r4.model.IntegerType(-2),
            new StringType("2"),
            new org.hl7.fhir.r4.model.IntegerType(10_000))) {
      Parameters body = new Parameters();
      body.addParameter().setName("url").setValue(new UriType(CPT));
      body.addParameter().setName("code").setValue(new CodeType("47383"));
      body.addParameter().setName("units").setValue(bad);
      OperationOutcome oo =
          error(server.post(CS, JSON, Responses.parser(JSON).encodeResourceToString(body)), 400);
      assertThat(messageId(oo)).as(bad.fhirType()).isEqualTo("CPTX_PARAMETER_TYPE");
      assertThat(oo.getIssueFirstRep().getDetails().getText()).contains("'units'", "positiveInt");
    }
  }

  /**
   * GET with a query, or POST with a Parameters body (units as a positiveInt), in the given format.
   */
  private static HttpResponse<String> call(
      TestServer server, String method, String format, String path, Object... pairs) {
    if (method.equals("GET")) {
      List<String> query = new ArrayList<>(List.of("_format=" + format));
      for (int i = 0; i < pairs.length; i += 2) {
        query.add(
            pairs[i]
                + "="
                + URLEncoder.encode(String.valueOf(pairs[i + 1]), StandardCharsets.UTF_8));
      }
      return server.get(path + "?" + String.join("&", query));
    }
    Parameters body = new Parameters();
    for (int i = 0; i < pairs.length; i += 2) {
      String name = (String) pairs[i];
      Object v = pairs[i + 1];
      body.addParameter()
          .setName(name)
          .setValue(
              v instanceof Integer n
                  ? new PositiveIntType(n)
                  : name.equals("code") ? new CodeType((String) v) : new UriType((String) v));
    }
    String type = format.equals("xml") ? XML : JSON;
    return server.post(
        path + "?_format=" + format, type, Responses.parser(type).encodeResourceToString(body));
  }
}
