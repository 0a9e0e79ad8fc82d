package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.JSON;
import static org.cptx.fhir.Responses.XML;
import static org.cptx.fhir.Responses.all;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.string;
import static org.cptx.fhir.Responses.txIssueType;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@RunningServer
class ValidateCodeHttpTest {

  static final String CPT = TestContent.CPT;
  static final String SYNTH = TestContent.SYNTHETIC_URL;
  static final String DISPLAY = "Ablation, 1 or more liver tumor(s), percutaneous, cryoablation";

  /**
   * $validate-code by GET (query) or POST (Parameters body in the given content type), asking for
   * the response format with {@code _format}.
   */
  static HttpResponse<String> validate(
      TestServer server, String method, String format, String path, Map<String, String> params) {
    List<String> query = new ArrayList<>();
    query.add("_format=" + format);
    if (method.equals("GET")) {
      params.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return server.get(path + "?" + String.join("&", query));
    }
    Parameters body = new Parameters();
    params.forEach(
        (k, v) ->
            body.addParameter()
                .setName(k)
                .setValue(
                    switch (k) {
                      case "url", "system" -> new UriType(v);
                      case "code" -> new CodeType(v);
                      default -> new StringType(v);
                    }));
    String type = format.equals("xml") ? XML : JSON;
    return server.post(
        path + "?" + String.join("&", query),
        type,
        Responses.parser(type).encodeResourceToString(body));
  }

  static HttpResponse<String> post(TestServer server, String path, Parameters body) {
    return server.post(path, JSON, Responses.parser(JSON).encodeResourceToString(body));
  }

  static Map<String, String> params(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static boolean result(Parameters out) {
    return ((BooleanType) out.getParameterValue("result")).booleanValue();
  }

  static OperationOutcome issues(Parameters out) {
    assertThat(all(out, "issues")).hasSize(1);
    return (OperationOutcome) all(out, "issues").get(0).getResource();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, json", "GET, xml", "POST, json", "POST, xml"})
  void goodCodeAtTypeAndInstanceLevel(String method, String format, TestServer server) {
    for (var call :
        List.of(
            validate(
                server,
                method,
                format,
                "CodeSystem/$validate-code",
                params("url", CPT, "code", "47383")),
            validate(
                server,
                method,
                format,
                "CodeSystem/cpt/$validate-code",
                params("code", "47383")))) {
      assertThat(call.headers().firstValue("Content-Type").orElseThrow()).contains(format);
      Parameters out = ok(call);
      assertThat(result(out)).isTrue();
      assertThat(string(out, "display")).isEqualTo(DISPLAY);
      assertThat(string(out, "system")).isEqualTo(CPT);
      assertThat(string(out, "version")).isEqualTo("2025");
      assertThat(all(out, "issues")).isEmpty();
      assertThat(string(out, "message")).isNull();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, json", "GET, xml", "POST, json", "POST, xml"})
  void displayMayBeTheShortOrMediumDesignation(String method, String format, TestServer server) {
    for (String display :
        List.of(
            DISPLAY, "PERQ ABLTJ LVR CRYOABLATION", "ABLATION 1/> LIVER TUMOR PERQ CRYOABLATION")) {
      Parameters out =
          ok(
              validate(
                  server,
                  method,
                  format,
                  "CodeSystem/$validate-code",
                  params("url", CPT, "code", "47383", "display", display)));
      assertThat(result(out)).as(display).isTrue();
      assertThat(string(out, "display")).isEqualTo(DISPLAY);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, json", "GET, xml", "POST, json", "POST, xml"})
  void wrongDisplayIsAResultNotAnError(String method, String format, TestServer server) {
    Parameters out =
        ok(
            validate(
                server,
                method,
                format,
                "CodeSystem/cpt/$validate-code",
                params("code", "47383", "display", "Invented wrong display")));
    assertThat(result(out)).isFalse();
    assertThat(string(out, "display")).isEqualTo(DISPLAY);
    assertThat(string(out, "message"))
        .contains("Invented wrong display")
        .contains("PERQ ABLTJ LVR CRYOABLATION");
    OperationOutcome oo = issues(out);
    assertThat(oo.getIssue())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
              assertThat(i.getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
              assertThat(txIssueType(i)).hasValue("invalid-display");
              assertThat(i.getExpression())
                  .extracting(e -> e.getValue())
                  .containsExactly("display");
            });
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, json", "GET, xml", "POST, json", "POST, xml"})
  void unknownCodeIsAnInvalidCodeResult(String method, String format, TestServer server) {
    Parameters out =
        ok(
            validate(
                server,
                method,
                format,
                "CodeSystem/$validate-code",
                params("url", CPT, "code", "00000")));
    assertThat(result(out)).isFalse();
    assertThat(string(out, "display")).isNull();
    assertThat(issues(out).getIssue())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getCode()).isEqualTo(OperationOutcome.IssueType.CODEINVALID);
              assertThat(txIssueType(i)).hasValue("invalid-code");
              assertThat(i.getDetails().getText()).contains("00000").contains("2025");
            });
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, json", "GET, xml", "POST, json", "POST, xml"})
  void unknownSystemIsANotFoundResult(String method, String format, TestServer server) {
    String unknown = "http://example.org/fhir/CodeSystem/no-such-system";
    Parameters out =
        ok(
            validate(
                server,
                method,
                format,
                "CodeSystem/$validate-code",
                params("url", unknown, "code", "1")));
    assertThat(result(out)).isFalse();
    assertThat(string(out, "x-unknown-system")).isEqualTo(unknown);
    assertThat(issues(out).getIssue())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
              assertThat(txIssueType(i)).hasValue("not-found");
              assertThat(messageId(issues(out))).isEqualTo("UNKNOWN_CODESYSTEM");
            });
  }

  @Test
  void unknownVersionOfAKnownSystem(TestServer server) {
    Parameters out =
        ok(
            validate(
                server,
                "GET",
                "json",
                "CodeSystem/$validate-code",
                params("url", CPT, "version", "1999", "code", "47383")));
    assertThat(result(out)).isFalse();
    assertThat(string(out, "x-caused-by-unknown-system")).isEqualTo(CPT + "|1999");
    OperationOutcome oo = issues(out);
    assertThat(messageId(oo)).isEqualTo("UNKNOWN_CODESYSTEM_VERSION");
    assertThat(txIssueType(oo.getIssueFirstRep())).hasValue("not-found");
    assertThat(oo.getIssueFirstRep().getDetails().getText()).contains("1999").contains("2025");
  }

  @Test
  void codingByPost(TestServer server) {
    Parameters in = new Parameters();
    in.addParameter()
        .setName("coding")
        .setValue(new Coding(CPT, "47383", "PERQ ABLTJ LVR CRYOABLATION"));
    Parameters out = ok(post(server, "CodeSystem/$validate-code", in));
    assertThat(result(out)).isTrue();
    assertThat(string(out, "code")).isEqualTo("47383");

    Parameters wrong = new Parameters();
    wrong
        .addParameter()
        .setName("coding")
        .setValue(new Coding(CPT, "47383", "Invented wrong display"));
    OperationOutcome oo = issues(ok(post(server, "CodeSystem/cpt/$validate-code", wrong)));
    assertThat(oo.getIssueFirstRep().getExpression())
        .extracting(e -> e.getValue())
        .containsExactly("Coding.display");
  }

  @Test
  void codeableConceptByPost(TestServer server) {
    CodeableConcept concept =
        new CodeableConcept()
            .addCoding(new Coding("http://example.org/fhir/CodeSystem/no-such-system", "zz", null))
            .addCoding(new Coding(CPT, "47383", null));
    Parameters in = new Parameters();
    in.addParameter().setName("url").setValue(new UriType(CPT));
    in.addParameter().setName("codeableConcept").setValue(concept);
    Parameters out = ok(post(server, "CodeSystem/$validate-code", in));
    assertThat(result(out)).isTrue();
    assertThat(string(out, "display")).isEqualTo(DISPLAY);

    Parameters bad = new Parameters();
    bad.addParameter()
        .setName("codeableConcept")
        .setValue(new CodeableConcept(new Coding(CPT, "00000", null)));
    OperationOutcome oo = issues(ok(post(server, "CodeSystem/cpt/$validate-code", bad)));
    assertThat(txIssueType(oo.getIssueFirstRep())).hasValue("invalid-code");
    assertThat(oo.getIssueFirstRep().getExpression())
        .extracting(e -> e.getValue())
        .containsExactly("CodeableConcept.coding[0].code");
  }

  @Test
  void aCodeableConceptWithOnlyAnEmptyCodingIsRefusedByBothOperations(TestServer server) {
    String body =
        "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"url\",\"valueUri\":\"%s\"},"
            + "{\"name\":\"codeableConcept\",\"valueCodeableConcept\":{\"coding\":[{}],\"text\":\"x\"}}]}";
    error(server.post("CodeSystem/$validate-code", JSON, body.formatted(CPT)), 400);
    error(
        server.post(
            "ValueSet/$validate-code",
            JSON,
            body.formatted("http://terminology.hl7.org/ValueSet/cpt-all")),
        400);
  }

  @Test
  void hapiClientValidates(TestServer server) {
    Parameters out =
        server
            .client()
            .operation()
            .onType("CodeSystem")
            .named("$validate-code")
            .withParameter(Parameters.class, "url", new UriType(CPT))
            .andParameter("code", new CodeType("47383"))
            .andParameter("display", new StringType("ABLATION 1/> LIVER TUMOR PERQ CRYOABLATION"))
            .encodedXml()
            .execute();
    assertThat(result(out)).isTrue();
  }

  @Test
  void syntheticVersionOneIsCaseInsensitive(TestServer server) {
    Parameters out =
        ok(
            validate(
                server,
                "GET",
                "json",
                "CodeSystem/$validate-code",
                params("url", SYNTH, "version", "1.0.0", "code", "9990a")));
    assertThat(result(out)).isTrue();
    assertThat(string(out, "code")).isEqualTo("9990a");
    assertThat(string(out, "normalized-code")).isEqualTo("9990A");
    assertThat(string(out, "display")).isEqualTo("Synthetic parent procedure");
    Parameters instance =
        ok(
            validate(
                server,
                "POST",
                "json",
                "CodeSystem/synthetic/$validate-code",
                params("code", "9990b")));
    assertThat(result(instance)).isTrue();
    assertThat(string(instance, "version")).isEqualTo("1.0.0");
  }

  @Test
  void versionParameterPicksTheSyntheticVersion(TestServer server) {
    Map<String, Boolean> expected = new LinkedHashMap<>();
    expected.put("1.0.0|9990B", true);
    expected.put("1.0.0|9990C", false);
    expected.put("2.0.0|9990B", false);
    expected.put("2.0.0|9990C", true);
    expected.put("2.0.0|9990a", false);
    expected.forEach(
        (key, valid) -> {
          String[] vc = key.split("\\|");
          Parameters out =
              ok(
                  validate(
                      server,
                      "GET",
                      "json",
                      "CodeSystem/$validate-code",
                      params("url", SYNTH, "version", vc[0], "code", vc[1])));
          assertThat(result(out)).as(key).isEqualTo(valid);
          assertThat(string(out, "version")).as(key).isEqualTo(vc[0]);
        });
    Parameters display =
        ok(
            validate(
                server,
                "GET",
                "json",
                "CodeSystem/$validate-code",
                params("url", SYNTH, "version", "2.0.0", "code", "9990A")));
    assertThat(string(display, "display")).isEqualTo("Synthetic parent procedure, revised");
    Parameters latest =
        ok(
            validate(
                server,
                "GET",
                "json",
                "CodeSystem/$validate-code",
                params("url", SYNTH, "code", "9990C")));
    assertThat(string(latest, "version")).as("no version: the latest").isEqualTo("2.0.0");
  }

  @Test
  void requestErrorsAre400(TestServer server) {
    assertThat(messageId(error(server.get("CodeSystem/$validate-code?url=" + CPT), 400)))
        .isEqualTo("CPTX_PARAMETER_MISSING");
    Parameters both = new Parameters();
    both.addParameter().setName("code").setValue(new CodeType("47383"));
    both.addParameter().setName("coding").setValue(new Coding(CPT, "47383", null));
    assertThat(messageId(error(post(server, "CodeSystem/cpt/$validate-code", both), 400)))
        .isEqualTo("CPTX_PARAMETER_CONFLICT");
    assertThat(
            messageId(
                error(
                    server.get("CodeSystem/cpt/$validate-code?code=47383&url=" + TestContent.HCPCS),
                    400)))
        .isEqualTo("CPTX_PARAMETER_CONFLICT");
    error(server.get("CodeSystem/no-such-id/$validate-code?code=47383"), 404);
  }
}
