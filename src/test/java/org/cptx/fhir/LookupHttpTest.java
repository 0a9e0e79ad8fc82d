package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.fhir.Responses.JSON;
import static org.cptx.fhir.Responses.XML;
import static org.cptx.fhir.Responses.all;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.part;
import static org.cptx.fhir.Responses.parts;
import static org.cptx.fhir.Responses.properties;
import static org.cptx.fhir.Responses.string;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@RunningServer
class LookupHttpTest {

  static final String CPT = TestContent.CPT;
  static final String DISPLAY = "Ablation, 1 or more liver tumor(s), percutaneous, cryoablation";

  /**
   * The shipped code systems by url, to check that property Codings carry their code system's
   * display.
   */
  static final Map<String, CodeSystem> SHIPPED = new HashMap<>();

  enum Level {
    TYPE,
    INSTANCE
  }

  /**
   * How the response format is asked for; XML_BODY POSTs an XML Parameters and asks for nothing
   * else.
   */
  enum Format {
    DEFAULT(JSON),
    JSON_PARAM(JSON),
    XML_PARAM(XML),
    JSON_ACCEPT(JSON),
    XML_ACCEPT(XML),
    XML_BODY(XML);

    final String expected;

    Format(String expected) {
      this.expected = expected;
    }
  }

  @BeforeAll
  static void loadShipped() throws IOException {
    try (Stream<Path> files = Files.list(TestContent.BUILT_IN)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().startsWith("CodeSystem-")).toList()) {
        CodeSystem cs =
            (CodeSystem) Responses.fhir().newJsonParser().parseResource(Files.readString(f));
        SHIPPED.put(cs.getUrl(), cs);
      }
    }
  }

  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (String method : List.of("GET", "POST")) {
      for (Format format : Format.values()) {
        for (Level level : Level.values()) {
          if (!(format == Format.XML_BODY && method.equals("GET"))) {
            all.add(Arguments.of(method, format, level));
          }
        }
      }
    }
    return all.stream();
  }

  /** Sends $lookup for 47383 with the extra query parameters (GET) or Parameters entries (POST). */
  static HttpResponse<String> lookup(
      TestServer server, String method, Format format, Level level, Map<String, String> extra) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    if (level == Level.TYPE) {
      params.put("system", CPT);
    }
    params.put("code", "47383");
    params.putAll(extra);
    String path = level == Level.TYPE ? "CodeSystem/$lookup" : "CodeSystem/cpt/$lookup";
    List<String> query = new ArrayList<>();
    if (format == Format.JSON_PARAM || format == Format.XML_PARAM) {
      query.add("_format=" + (format == Format.JSON_PARAM ? "json" : "xml"));
    }
    String[] headers =
        switch (format) {
          case JSON_ACCEPT -> new String[] {"Accept", JSON};
          case XML_ACCEPT -> new String[] {"Accept", XML};
          default -> new String[0];
        };
    if (method.equals("GET")) {
      params.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return server.get(path + "?" + String.join("&", query), headers);
    }
    Parameters body = new Parameters();
    params.forEach(
        (k, v) ->
            body.addParameter()
                .setName(k)
                .setValue(k.equals("system") ? new UriType(v) : new CodeType(v)));
    String contentType = format == Format.XML_BODY ? XML : JSON;
    String text = Responses.parser(contentType).encodeResourceToString(body);
    return server.post(
        query.isEmpty() ? path : path + "?" + String.join("&", query), contentType, text, headers);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("combinations")
  void looksUp47383WithEverything(String method, Format format, Level level, TestServer server) {
    HttpResponse<String> response = lookup(server, method, format, level, Map.of());
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith(format.expected);
    Parameters out = ok(response);

    assertThat(string(out, "name")).isEqualTo("CPT");
    assertThat(string(out, "system")).isEqualTo(CPT);
    assertThat(string(out, "version")).isEqualTo("2025");
    assertThat(string(out, "code")).isEqualTo("47383");
    assertThat(string(out, "display")).isEqualTo(DISPLAY);
    assertThat(string(out, "definition")).startsWith("Cryoablation is a medical procedure");

    Map<String, String> designations = new HashMap<>();
    for (ParametersParameterComponent d : all(out, "designation")) {
      Coding use = (Coding) part(d, "use");
      assertThat(use.getSystem()).isEqualTo(CPT);
      assertThat(part(d, "language").primitiveValue()).isEqualTo("en");
      designations.put(use.getCode(), part(d, "value").primitiveValue());
    }
    assertThat(designations)
        .containsEntry("short", "PERQ ABLTJ LVR CRYOABLATION")
        .containsEntry("med", "ABLATION 1/> LIVER TUMOR PERQ CRYOABLATION");

    assertThat(properties(out, "kind"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(part(p, "value"))
                    .isInstanceOf(CodeType.class)
                    .extracting(v -> v.primitiveValue())
                    .isEqualTo("code"));

    Coding globalDays = (Coding) part(properties(out, "global-days").get(0), "value");
    assertThat(globalDays.getSystem()).isEqualTo("http://cptx.org/fhir/CodeSystem/cms-global-days");
    assertThat(globalDays.getCode()).isEqualTo("010");
    assertThat(globalDays.getDisplay()).isEqualTo("Minor Procedure");
    assertCmsIndicators(out);
    assertHistory(out);

    assertThat(properties(out, "copyright"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(part(p, "value"))
                    .isInstanceOf(StringType.class)
                    .extracting(v -> v.primitiveValue())
                    .isEqualTo(SHIPPED.get(CPT).getCopyright()));
    assertThat(SHIPPED.get(CPT).getCopyright()).contains("American Medical Association");
  }

  /**
   * Every Coding-valued property has a code and the display its shipped CMS indicator code system
   * gives.
   */
  private static void assertCmsIndicators(Parameters out) {
    List<String> seen = new ArrayList<>();
    for (ParametersParameterComponent p : all(out, "property")) {
      if (!parts(p, "value").isEmpty() && part(p, "value") instanceof Coding c) {
        CodeSystem cs = SHIPPED.get(c.getSystem());
        assertThat(cs).as("code system of %s", c.getSystem()).isNotNull();
        String meaning =
            cs.getConcept().stream()
                .filter(k -> k.getCode().equals(c.getCode()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(c.getCode() + " not in " + c.getSystem()))
                .getDisplay();
        assertThat(c.getDisplay())
            .as("display of %s#%s", c.getSystem(), c.getCode())
            .isEqualTo(meaning);
        seen.add(part(p, "code").primitiveValue());
      }
    }
    assertThat(seen)
        .contains(
            "global-days",
            "pctc-indicator",
            "multiple-procedure",
            "bilateral-surgery",
            "assistant-surgeon",
            "co-surgeons",
            "team-surgery",
            "pfs-status",
            "opps-status-indicator",
            "asc-payment-indicator");
  }

  private static void assertHistory(Parameters out) {
    List<ParametersParameterComponent> history = properties(out, "history");
    assertThat(history).hasSize(2);
    List<String> events = new ArrayList<>();
    for (ParametersParameterComponent event : history) {
      assertThat(parts(event, "value")).isEmpty();
      Map<String, org.hl7.fhir.r4.model.Type> sub = new HashMap<>();
      for (ParametersParameterComponent s : parts(event, "subproperty")) {
        sub.put(part(s, "code").primitiveValue(), part(s, "value"));
      }
      assertThat(sub).containsOnlyKeys("date", "action", "note");
      // R4 $lookup allows code | Coding | string | integer | boolean | dateTime | decimal as a
      // (sub)property value
      assertThat(sub.get("date")).isInstanceOf(DateTimeType.class);
      assertThat(sub.get("action")).isInstanceOf(CodeType.class);
      assertThat(sub.get("note")).isInstanceOf(StringType.class);
      events.add(
          sub.get("date").primitiveValue()
              + " "
              + sub.get("action").primitiveValue()
              + ": "
              + sub.get("note").primitiveValue());
    }
    assertThat(events)
        .satisfiesExactly(
            e -> assertThat(e).isEqualTo("2015-01-01 added: Added"),
            e ->
                assertThat(e)
                    .startsWith("2017-01-01 changed: Moderate (Conscious) Sedation flag removed"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("combinations")
  void propertyKindLimitsTheProperties(
      String method, Format format, Level level, TestServer server) {
    Parameters out = ok(lookup(server, method, format, level, Map.of("property", "kind")));
    assertThat(all(out, "property"))
        .singleElement()
        .satisfies(p -> assertThat(part(p, "code").primitiveValue()).isEqualTo("kind"));
    assertThat(all(out, "designation")).isEmpty();
    assertThat(string(out, "definition")).isNull();
    assertThat(string(out, "display")).isEqualTo(DISPLAY);
    assertThat(string(out, "version")).isEqualTo("2025");
  }

  @Test
  void codingParameterByPost(TestServer server) {
    Parameters in = new Parameters();
    in.addParameter().setName("coding").setValue(new Coding(CPT, "47383", null).setVersion("2025"));
    in.addParameter().setName("property").setValue(new CodeType("global-days"));
    Parameters out =
        ok(
            server.post(
                "CodeSystem/$lookup", JSON, Responses.parser(JSON).encodeResourceToString(in)));
    assertThat(string(out, "display")).isEqualTo(DISPLAY);
    assertThat(all(out, "property"))
        .singleElement()
        .satisfies(p -> assertThat(((Coding) part(p, "value")).getCode()).isEqualTo("010"));
  }

  @Test
  void hapiClientAtInstanceLevelByGetAndXml(TestServer server) {
    Parameters out =
        server
            .client()
            .operation()
            .onInstance(new IdType("CodeSystem", "cpt"))
            .named("$lookup")
            .withParameter(Parameters.class, "code", new CodeType("47383"))
            .andParameter("property", new CodeType("kind"))
            .useHttpGet()
            .encodedXml()
            .execute();
    assertThat(string(out, "display")).isEqualTo(DISPLAY);
    assertThat(all(out, "property")).hasSize(1);
  }

  @Test
  void hapiClientWithCoding(TestServer server) {
    Parameters out =
        server
            .client()
            .operation()
            .onType("CodeSystem")
            .named("$lookup")
            .withParameter(Parameters.class, "coding", new Coding(CPT, "47383", null))
            .execute();
    assertThat(properties(out, "history")).hasSize(2);
  }

  @Test
  void hapiClientSeesUnknownCodeAsNotFound(TestServer server) {
    assertThatThrownBy(
            () ->
                server
                    .client()
                    .operation()
                    .onType("CodeSystem")
                    .named("$lookup")
                    .withParameter(Parameters.class, "system", new UriType(CPT))
                    .andParameter("code", new CodeType("99999"))
                    .execute())
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e ->
                assertThat(
                        ((OperationOutcome) e.getOperationOutcome())
                            .getIssueFirstRep()
                            .getDetails()
                            .getText())
                    .contains("99999"));
  }

  @Test
  void unknownCodeIs404(TestServer server) {
    OperationOutcome oo =
        error(server.get("CodeSystem/$lookup?system=" + CPT + "&code=99999"), 404);
    assertThat(oo.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
    assertThat(oo.getIssueFirstRep().getDetails().getText()).contains("99999").contains(CPT);
    error(server.get("CodeSystem/cpt/$lookup?code=99999&_format=xml"), 404);
  }

  @Test
  void unknownSystemIs404(TestServer server) {
    OperationOutcome oo =
        error(
            server.get("CodeSystem/$lookup?system=http://example.org/no-such-system&code=1"), 404);
    assertThat(messageId(oo)).isEqualTo("UNKNOWN_CODESYSTEM");
    OperationOutcome version =
        error(server.get("CodeSystem/$lookup?system=" + CPT + "&version=1999&code=47383"), 404);
    assertThat(version.getIssueFirstRep().getDetails().getText()).contains("1999").contains("2025");
  }

  @Test
  void missingCodeIs400(TestServer server) {
    assertThat(messageId(error(server.get("CodeSystem/$lookup?system=" + CPT), 400)))
        .isEqualTo("CPTX_PARAMETER_MISSING");
    error(server.post("CodeSystem/cpt/$lookup", JSON, "{\"resourceType\":\"Parameters\"}"), 400);
  }

  @Test
  void codeAndCodingTogetherIs400(TestServer server) {
    Parameters in = new Parameters();
    in.addParameter().setName("code").setValue(new CodeType("47383"));
    in.addParameter().setName("coding").setValue(new Coding(CPT, "47383", null));
    OperationOutcome oo =
        error(
            server.post(
                "CodeSystem/$lookup", JSON, Responses.parser(JSON).encodeResourceToString(in)),
            400);
    assertThat(messageId(oo)).isEqualTo("CPTX_PARAMETER_CONFLICT");
  }

  @Test
  void instanceSystemContradictingItsUrlIs400(TestServer server) {
    OperationOutcome oo =
        error(server.get("CodeSystem/cpt/$lookup?code=47383&system=" + TestContent.HCPCS), 400);
    assertThat(messageId(oo)).isEqualTo("CPTX_PARAMETER_CONFLICT");
    assertThat(oo.getIssueFirstRep().getDetails().getText())
        .contains(TestContent.HCPCS)
        .contains(CPT);
  }

  @Test
  void unknownCodeSystemIdIs404(TestServer server) {
    OperationOutcome oo = error(server.get("CodeSystem/no-such-id/$lookup?code=47383"), 404);
    assertThat(oo.getIssueFirstRep().getDetails().getText()).contains("CodeSystem/no-such-id");
  }
}
