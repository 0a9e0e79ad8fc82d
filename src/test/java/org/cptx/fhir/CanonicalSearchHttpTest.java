package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.ImplicitValueSetResourceHttpTest.ids;

import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/**
 * {@code url} searches take a canonical, {@code url|version}: the bar plain, percent-encoded, or
 * escaped as HAPI's JPA server sends it ({@code \|}); a {@code version} beside it must agree.
 */
@RunningServer
class CanonicalSearchHttpTest {

  static final String SYNTHETIC = TestContent.SYNTHETIC_URL;

  @Test
  void theBarPercentEncodedAndEscaped(TestServer server) {
    for (String bar : List.of("%7C", "%5C%7C", "%5c%7c")) {
      assertThat(found(server, "CodeSystem?url=" + SYNTHETIC + bar + "2.0.0"))
          .as(bar)
          .containsExactly("synthetic-v2");
      assertThat(found(server, "CodeSystem?url=" + SYNTHETIC + bar + "1.0.0"))
          .as(bar)
          .containsExactly("synthetic");
      assertThat(found(server, "CodeSystem?url=" + TestContent.CPT + bar + "2025"))
          .as(bar)
          .containsExactly("cpt");
      assertThat(found(server, "CodeSystem?url=" + SYNTHETIC + bar + "3.0.0")).as(bar).isEmpty();
    }
  }

  @Test
  void theBarAsSentWithoutEncoding(TestServer server) {
    for (String bar : List.of("|", "\\|")) {
      var response = server.rawGet("CodeSystem?url=" + SYNTHETIC + bar + "2.0.0");
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      Bundle bundle = Responses.fhir().newJsonParser().parseResource(Bundle.class, response.body());
      assertThat(ids(bundle)).as(bar).containsExactly("synthetic-v2");
    }
  }

  @Test
  void aVersionBesideTheCanonicalMustAgree(TestServer server) {
    assertThat(found(server, "CodeSystem?url=" + SYNTHETIC + "%7C2.0.0&version=2.0.0"))
        .containsExactly("synthetic-v2");
    assertThat(found(server, "CodeSystem?url=" + SYNTHETIC + "%7C2.0.0&version=1.0.0")).isEmpty();
    assertThat(found(server, "CodeSystem?url=" + SYNTHETIC + "%5C%7C2.0.0&version=1.0.0"))
        .isEmpty();
    assertThat(found(server, "CodeSystem?url=" + SYNTHETIC + "&version=1.0.0"))
        .containsExactly("synthetic");
    assertThat(found(server, "CodeSystem?url=" + SYNTHETIC))
        .containsExactlyInAnyOrder("synthetic", "synthetic-v2");
  }

  @Test
  void valueSetsAndConceptMapsToo(TestServer server) {
    String gender = "http://hl7.org/fhir/ValueSet/administrative-gender";
    assertThat(found(server, "ValueSet?url=" + gender + "%7C4.0.1"))
        .containsExactly("administrative-gender");
    assertThat(found(server, "ValueSet?url=" + gender + "%5C%7C4.0.1"))
        .containsExactly("administrative-gender");
    assertThat(found(server, "ValueSet?url=" + gender + "%7C4.0.1&version=5.0.0")).isEmpty();
    assertThat(found(server, "ValueSet?url=http://hl7.org/fhir/ValueSet/cpt-all%5C%7C2025"))
        .containsExactly("cpt-all");
    String map = "http://cptx.org/fhir/ConceptMap/cpt-applicable-modifiers";
    assertThat(found(server, "ConceptMap?url=" + map + "%7C2025"))
        .containsExactly("cpt-applicable-modifiers");
    assertThat(found(server, "ConceptMap?url=" + map + "%5C%7C2025"))
        .containsExactly("cpt-applicable-modifiers");
    assertThat(found(server, "ConceptMap?url=" + map + "%7C2024")).isEmpty();
  }

  @Test
  void xmlAnswersTheSame(TestServer server) {
    var response = server.get("CodeSystem?url=" + SYNTHETIC + "%5C%7C1.0.0&_format=xml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ids(Responses.parse(response, Bundle.class))).containsExactly("synthetic");
  }

  @Test
  void hapiGenericClientSearchesByCanonical(TestServer server) {
    var client = server.client();
    Bundle cs =
        client
            .search()
            .forResource(CodeSystem.class)
            .where(CodeSystem.URL.matches().value(SYNTHETIC + "|2.0.0"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(cs.getTotal()).isEqualTo(1);
    assertThat(ids(cs)).containsExactly("synthetic-v2");
    Bundle escaped =
        client
            .search()
            .forResource(ValueSet.class)
            .where(
                ValueSet.URL
                    .matches()
                    .value("http://hl7.org/fhir/ValueSet/publication-status\\|4.0.1"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(escaped)).containsExactly("publication-status");
    Bundle mismatch =
        client
            .search()
            .forResource(ConceptMap.class)
            .where(
                ConceptMap.URL
                    .matches()
                    .value("http://cptx.org/fhir/ConceptMap/hcpcs-cpt-modifiers|2025"))
            .and(ConceptMap.VERSION.exactly().code("1999"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(mismatch.getEntry()).isEmpty();
  }

  private static List<String> found(TestServer server, String path) {
    var response = server.get(path);
    assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
    return ids(Responses.parse(response, Bundle.class));
  }
}
