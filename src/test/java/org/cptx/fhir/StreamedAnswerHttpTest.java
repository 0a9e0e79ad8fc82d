package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.parse;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.fhir.encoding.JsonAnswers;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/**
 * The answers cptx writes itself ({@code JsonAnswers}) say what HAPI's encoder says: for every
 * operation, the same request answered by the streaming writer (compact JSON), by HAPI ({@code
 * _pretty=false} leaves it to HAPI) and as XML parse to equal resources, with the same status and
 * Content-Type; and the writer, given each answer HAPI parsed, writes JSON that parses back to an
 * equal resource.
 */
@RunningServer
class StreamedAnswerHttpTest {

  private static final String CPT = q(TestContent.CPT);
  private static final String CPT_ALL = q("http://hl7.org/fhir/ValueSet/cpt-all");

  private static final List<String> REQUESTS =
      List.of(
          "CodeSystem/$lookup?system=" + CPT + "&code=47383",
          "CodeSystem/$lookup?system=" + CPT + "&code=47383:51",
          "CodeSystem/$lookup?system="
              + CPT
              + "&code=47383&property=global-days&property=designation",
          "CodeSystem/cpt/$lookup?code=51&displayLanguage=de",
          "CodeSystem/$lookup?system=" + q(TestContent.HCPCS) + "&code=LT",
          "CodeSystem/$validate-code?url=" + CPT + "&code=47383",
          "CodeSystem/$validate-code?url="
              + CPT
              + "&code=47383&display="
              + q("Liver biopsy")
              + "&diagnostics=true",
          "CodeSystem/$validate-code?url=" + CPT + "&code=99999",
          "CodeSystem/$validate-code?url=" + CPT + "&code=47383&display=" + q("Wrong é"),
          "CodeSystem/$validate-code?url=" + CPT + "&code=47383&version=1999",
          "CodeSystem/$lookup?system="
              + CPT
              + "&code=47383&property=designation&property=parent&displayLanguage=de",
          "ValueSet/$validate-code?url="
              + CPT_ALL
              + "&system="
              + CPT
              + "&code=47383&display="
              + q("Wrong")
              + "&diagnostics=true",
          "CodeSystem/$validate-code?url=" + q("http://example.org/unknown") + "&code=1",
          "ValueSet/$validate-code?url=" + CPT_ALL + "&system=" + CPT + "&code=47383:51",
          "CodeSystem/$subsumes?system=" + CPT + "&codeA=47383&codeB=" + q("47383:51"),
          "ConceptMap/$translate?url="
              + q("http://cptx.org/fhir/ConceptMap/hcpcs-cpt-modifiers")
              + "&system="
              + q(TestContent.HCPCS)
              + "&code=LT",
          "ValueSet/$expand?url=" + CPT_ALL,
          "$versions",
          "ValueSet/$expand?url=" + CPT_ALL + "&count=3&offset=2",
          "ValueSet/$expand?url=" + CPT_ALL + "&count=0",
          "ValueSet/$expand?url="
              + CPT_ALL
              + "&filter=liver&includeDesignations=true&property=global-days",
          "ValueSet/$expand?url="
              + CPT_ALL
              + "&filter="
              + q("perq cryo")
              + "&count=20&displayLanguage=de",
          "ValueSet/$expand?url="
              + q("http://hl7.org/fhir/ValueSet/cpt-modifiers")
              + "&activeOnly=true",
          "ValueSet/$expand?url=" + q("http://hl7.org/fhir/ValueSet/administrative-gender"),
          "ValueSet/cpt-base/$expand?includeDefinition=true",
          "ValueSet/$expand?url="
              + CPT_ALL
              + "&count=1&default-valueset-version="
              + q("http://example.org/vs|1")
              + "&system-version="
              + q(TestContent.CPT + "|2025"));

  /** Every operation POSTed with a Parameters body, each answer compared as for a GET. */
  private static final List<String[]> POSTS =
      List.of(
          post(
              "CodeSystem/$lookup",
              param("coding", "valueCoding", coding(TestContent.CPT, "47383", null)),
              param("property", "valueCode", "\"designation\"")),
          post(
              "CodeSystem/$validate-code",
              param("url", "valueUri", "\"" + TestContent.CPT + "\""),
              param("coding", "valueCoding", coding(TestContent.CPT, "47383", "Liver biopsy"))),
          post(
              "CodeSystem/$validate-code",
              param("url", "valueUri", "\"" + TestContent.CPT + "\""),
              param("code", "valueCode", "\"99999\"")),
          post(
              "ValueSet/$validate-code",
              param("url", "valueUri", "\"http://hl7.org/fhir/ValueSet/cpt-all\""),
              param(
                  "codeableConcept",
                  "valueCodeableConcept",
                  "{\"coding\": ["
                      + coding(TestContent.CPT, "47383", null)
                      + "], \"text\": \"liver\"}")),
          post(
              "CodeSystem/$subsumes",
              param("codingA", "valueCoding", coding(TestContent.CPT, "47383", null)),
              param("codingB", "valueCoding", coding(TestContent.CPT, "47383:51", null))),
          post(
              "ConceptMap/$translate",
              param("url", "valueUri", "\"http://cptx.org/fhir/ConceptMap/hcpcs-cpt-modifiers\""),
              param("coding", "valueCoding", coding(TestContent.HCPCS, "LT", null))),
          post(
              "ValueSet/$expand",
              param("url", "valueUri", "\"http://hl7.org/fhir/ValueSet/cpt-all\""),
              param("filter", "valueString", "\"liver\""),
              param("count", "valueInteger", "5")),
          post(
              "ValueSet/$batch-validate-code",
              param("lenient-display-validation", "valueBoolean", "true"),
              validation(coding(TestContent.CPT, "47383", null)),
              validation(coding(TestContent.CPT, "99999", null)),
              validation(coding(TestContent.CPT, "47383", "Liver biopsy"))));

  @Test
  void everyOperationAnswersAsHapiWould(TestServer server) {
    for (String request : REQUESTS) {
      String sep = request.contains("?") ? "&" : "?";
      compare(
          request,
          server.get(request, "Accept", "application/fhir+json"),
          server.get(request + sep + "_pretty=false", "Accept", "application/fhir+json"),
          server.get(request + sep + "_format=xml"));
    }
  }

  @Test
  void everyOperationPostedAnswersAsHapiWould(TestServer server) {
    for (String[] post : POSTS) {
      String path = post[0];
      String body = post[1];
      compare(
          path + " " + body,
          server.post(path, Responses.JSON, body, "Accept", "application/fhir+json"),
          server.post(path + "?_pretty=false", Responses.JSON, body, "Accept", Responses.JSON),
          server.post(path + "?_format=xml", Responses.JSON, body));
    }
  }

  /** The writer's answer against HAPI's and the XML one: status, headers, parsed resources. */
  private static void compare(
      String request,
      HttpResponse<String> streamed,
      HttpResponse<String> hapi,
      HttpResponse<String> xml) {
    assertThat(streamed.statusCode())
        .as(request)
        .isEqualTo(hapi.statusCode())
        .isEqualTo(xml.statusCode());
    assertThat(streamed.headers().firstValue("Content-Type"))
        .as(request)
        .isEqualTo(hapi.headers().firstValue("Content-Type"));
    assertThat(xml.headers().firstValue("Content-Type").orElse(""))
        .as(request)
        .startsWith(Responses.XML);
    assertThat(streamed.headers().map().keySet())
        .as("headers of %s", request)
        .isEqualTo(hapi.headers().map().keySet());
    assertThat(streamed.headers().allValues("X-Powered-By"))
        .isEqualTo(hapi.headers().allValues("X-Powered-By"));
    IBaseResource ours = comparable(parse(streamed));
    assertThat(equal(ours, comparable(parse(hapi))))
        .as("%s%n%s%n%s", request, streamed.body(), hapi.body())
        .isTrue();
    assertThat(equal(ours, comparable(parse(xml)))).as("%s as XML", request).isTrue();
  }

  private static String[] post(String path, String... parameters) {
    return new String[] {
      path,
      "{\"resourceType\": \"Parameters\", \"parameter\": [" + String.join(", ", parameters) + "]}"
    };
  }

  private static String param(String name, String type, String json) {
    return "{\"name\": \"" + name + "\", \"" + type + "\": " + json + "}";
  }

  private static String coding(String system, String code, String display) {
    return "{\"system\": \""
        + system
        + "\", \"code\": \""
        + code
        + "\""
        + (display == null ? "" : ", \"display\": \"" + display + "\"")
        + "}";
  }

  private static String validation(String coding) {
    return "{\"name\": \"validation\", \"resource\": {\"resourceType\": \"Parameters\", "
        + "\"parameter\": ["
        + param("coding", "valueCoding", coding)
        + ", "
        + param("diagnostics", "valueBoolean", "true")
        + "]}}";
  }

  /**
   * A POSTed canonical is echoed in expansion.parameter, whose value[x] has no canonical: HAPI
   * writes a uri.
   */
  @Test
  void aPostedCanonicalIsEchoedAsHapiEchoesIt(TestServer server) {
    String body =
        """
        {"resourceType": "Parameters", "parameter": [
          {"name": "url", "valueUri": "http://hl7.org/fhir/ValueSet/cpt-all"},
          {"name": "count", "valueInteger": 1},
          {"name": "default-valueset-version", "valueCanonical": "http://example.org/vs|1"}]}""";
    HttpResponse<String> streamed = server.post("ValueSet/$expand", Responses.JSON, body);
    HttpResponse<String> hapi = server.post("ValueSet/$expand?_pretty=false", Responses.JSON, body);
    assertThat(streamed.statusCode()).isEqualTo(200).isEqualTo(hapi.statusCode());
    assertThat(streamed.body()).contains("\"valueUri\":\"http://example.org/vs|1\"");
    assertThat(equal(comparable(parse(streamed)), comparable(parse(hapi))))
        .as(streamed.body())
        .isTrue();
  }

  /**
   * A value set's extension of a complex type (a CodeableConcept) goes into its expansion whole, as
   * HAPI would write it.
   */
  @Test
  void aComplexExtensionOfTheValueSetReachesItsExpansion(TestServer server) {
    String body =
        """
        {"resourceType": "Parameters", "parameter": [
          {"name": "valueSet", "resource": {"resourceType": "ValueSet",
            "url": "http://example.org/fhir/ValueSet/synthetic-topic",
            "extension": [{"url": "http://example.org/fhir/StructureDefinition/topic",
              "valueCodeableConcept": {"coding": [{"system": "http://example.org/topic",
                "code": "t1"}], "text": "Topic one"}}],
            "compose": {"include": [{"system": "http://hl7.org/fhir/administrative-gender"}]}}},
          {"name": "includeDefinition", "valueBoolean": true}]}""";
    HttpResponse<String> streamed = server.post("ValueSet/$expand", Responses.JSON, body);
    HttpResponse<String> hapi = server.post("ValueSet/$expand?_pretty=false", Responses.JSON, body);
    assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(200);
    assertThat(streamed.body())
        .contains("\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://example.org/topic\"")
        .contains("\"text\":\"Topic one\"");
    assertThat(equal(comparable(parse(streamed)), comparable(parse(hapi))))
        .as(streamed.body())
        .isTrue();
  }

  @Test
  void theWriterWritesWhatHapiParsed(TestServer server) {
    List<String> leftToHapi = new java.util.ArrayList<>();
    for (String request : REQUESTS) {
      IBaseResource parsed =
          parse(server.get(request + (request.contains("?") ? "&" : "?") + "_pretty=false"));
      var json = JsonAnswers.encode(parsed);
      if (json.isPresent()) {
        IBaseResource back = Responses.fhir().newJsonParser().parseResource(json.get());
        assertThat(equal(back, parsed)).as("%s%n%s", request, json.get()).isTrue();
      } else {
        leftToHapi.add(request);
      }
    }
    assertThat(leftToHapi)
        .as("answers the writer leaves to HAPI: only the one with a shape it does not know")
        .containsExactly("ValueSet/cpt-base/$expand?includeDefinition=true");
  }

  /**
   * Without what differs between two expansions of the same request (their identifier and
   * timestamp).
   */
  private static IBaseResource comparable(IBaseResource resource) {
    if (resource instanceof ValueSet vs) {
      vs.getExpansion().setIdentifier(null).setTimestamp(null);
    }
    return resource;
  }

  private static boolean equal(IBaseResource a, IBaseResource b) {
    return a.getClass() == b.getClass() && ((Base) a).equalsDeep((Base) b)
        || a instanceof Parameters && b instanceof Parameters && ((Base) a).equalsDeep((Base) b);
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
