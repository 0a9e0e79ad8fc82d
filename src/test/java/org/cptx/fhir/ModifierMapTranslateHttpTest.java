package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.JSON;
import static org.cptx.fhir.Responses.all;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.part;
import static org.cptx.fhir.Responses.parts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.junit.jupiter.api.Test;

/**
 * $translate over the shipped HCPCS Level II modifier <-> CPT modifier map (seed: LT and XS), in
 * both directions: forward from either system, and reversed (R4 {@code reverse=true}, R5 {@code
 * targetCode}).
 */
@RunningServer
class ModifierMapTranslateHttpTest {

  static final String MAP = "http://cptx.org/fhir/ConceptMap/hcpcs-cpt-modifiers";
  static final String CPT = TestContent.CPT;
  static final String HCPCS = TestContent.HCPCS;

  @Test
  void hcpcsModifierToTheSameModifierInCpt(TestServer server) {
    Parameters p = translate(server, "system=" + q(HCPCS) + "&code=LT");
    ParametersParameterComponent match = onlyMatch(p);
    assertCoding(part(match, "concept"), CPT, "LT");
    assertThat(part(match, "equivalence").primitiveValue()).isEqualTo("equivalent");
    assertThat(part(match, "originMap").primitiveValue()).isEqualTo(MAP + "|2025");
  }

  @Test
  void cptModifierToTheSameHcpcsModifier(TestServer server) {
    Parameters p = translate(server, "system=" + q(CPT) + "&code=XS&targetsystem=" + q(HCPCS));
    ParametersParameterComponent match = onlyMatch(p);
    assertCoding(part(match, "concept"), HCPCS, "XS");
    assertThat(part(match, "equivalence").primitiveValue()).isEqualTo("equivalent");
  }

  @Test
  void reverseFindsTheHcpcsModifierThatMapsToACptModifier(TestServer server) {
    Parameters p =
        translate(server, "system=" + q(CPT) + "&code=LT&reverse=true&targetsystem=" + q(HCPCS));
    ParametersParameterComponent match = onlyMatch(p);
    assertCoding(part(match, "concept"), CPT, "LT");
    assertCoding(part(match, "source"), HCPCS, "LT");
    assertThat(part(match, "equivalence").primitiveValue()).isEqualTo("equivalent");
  }

  @Test
  void reverseByTargetCodeInAPostedParameters(TestServer server) {
    String body =
        """
        {"resourceType": "Parameters", "parameter": [
          {"name": "url", "valueUri": "%s"},
          {"name": "targetCode", "valueCode": "XS"},
          {"name": "targetSystem", "valueUri": "%s"},
          {"name": "sourceSystem", "valueUri": "%s"}]}"""
            .formatted(MAP, HCPCS, CPT);
    ParametersParameterComponent match =
        onlyMatch(ok(server.post("ConceptMap/$translate", JSON, body)));
    assertCoding(part(match, "concept"), HCPCS, "XS");
    assertCoding(part(match, "source"), CPT, "XS");
  }

  @Test
  void modifiersInOnlyOneSystemHaveNoTranslation(TestServer server) {
    for (String query :
        List.of(
            "system=" + q(HCPCS) + "&code=GC",
            "system=" + q(CPT) + "&code=51",
            "system=" + q(CPT) + "&code=47383")) {
      Parameters p = translate(server, query);
      assertThat(((BooleanType) p.getParameterValue("result")).getValue()).as(query).isFalse();
      assertThat(all(p, "match")).as(query).isEmpty();
    }
  }

  @Test
  void theMapIsServedAsAResource(TestServer server) {
    var response = server.get("ConceptMap/hcpcs-cpt-modifiers");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains(MAP).contains("\"equivalent\"");
  }

  private static Parameters translate(TestServer server, String query) {
    return ok(server.get("ConceptMap/$translate?url=" + q(MAP) + "&" + query));
  }

  private static ParametersParameterComponent onlyMatch(Parameters p) {
    assertThat(((BooleanType) p.getParameterValue("result")).getValue()).isTrue();
    List<ParametersParameterComponent> matches = all(p, "match");
    assertThat(matches).hasSize(1);
    assertThat(parts(matches.get(0), "concept")).hasSize(1);
    return matches.get(0);
  }

  private static void assertCoding(Object value, String system, String code) {
    assertThat(value).isInstanceOf(Coding.class);
    Coding coding = (Coding) value;
    assertThat(coding.getSystem()).isEqualTo(system);
    assertThat(coding.getCode()).isEqualTo(code);
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
