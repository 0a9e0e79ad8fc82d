package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.parse;

import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.junit.jupiter.api.Test;

/**
 * CPT is licensed: read and search answer a summary without concepts; the operations still reach
 * every concept.
 */
@RunningServer
class LicensedCodeSystemHttpTest {

  static final String LICENSED = "http://cptx.org/fhir/StructureDefinition/licensed";
  static final String DISPLAY = "Ablation, 1 or more liver tumor(s), percutaneous, cryoablation";

  @Test
  void readingCptAnswersASummaryInJsonAndXml(TestServer server) {
    for (String format : List.of(Responses.JSON, Responses.XML)) {
      var response = server.get("CodeSystem/cpt", "Accept", format);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertSummary(parse(response, CodeSystem.class));
      assertThat(response.body())
          .doesNotContain("PERQ ABLTJ")
          .doesNotContainIgnoringCase("cryoablation");
    }
  }

  @Test
  void searchingCptAnswersTheSummaryToo(TestServer server) {
    for (String query :
        List.of("CodeSystem?url=" + TestContent.CPT, "CodeSystem?name=CPT", "CodeSystem")) {
      var response = server.get(query);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body())
          .as(query)
          .doesNotContain("PERQ ABLTJ")
          .doesNotContainIgnoringCase("cryoablation");
      CodeSystem cpt =
          parse(response, Bundle.class).getEntry().stream()
              .map(e -> (CodeSystem) e.getResource())
              .filter(cs -> cs.getIdElement().getIdPart().equals("cpt"))
              .findFirst()
              .orElseThrow();
      assertSummary(cpt);
    }
  }

  @Test
  void smallPublicCodeSystemsStayComplete(TestServer server) {
    CodeSystem globalDays = parse(server.get("CodeSystem/cms-global-days"), CodeSystem.class);
    assertThat(globalDays.getContent()).isEqualTo(CodeSystemContentMode.COMPLETE);
    assertThat(globalDays.getConcept()).hasSize(7);
    CodeSystem hcpcs =
        parse(server.get("CodeSystem?url=" + TestContent.HCPCS), Bundle.class).getEntry().stream()
            .map(e -> (CodeSystem) e.getResource())
            .findFirst()
            .orElseThrow();
    assertThat(hcpcs.getContent()).isEqualTo(CodeSystemContentMode.FRAGMENT);
    assertThat(hcpcs.getConcept()).extracting(c -> c.getCode()).contains("LT", "XS");
    CodeSystem gender =
        parse(server.get("CodeSystem/administrative-gender?_format=xml"), CodeSystem.class);
    assertThat(gender.getConcept()).hasSize(4);
    CodeSystem cms = parse(server.get("CodeSystem/cpt-cms-2025"), CodeSystem.class);
    assertThat(cms.getContent()).isEqualTo(CodeSystemContentMode.SUPPLEMENT);
    assertThat(cms.getConcept()).extracting(c -> c.getCode()).containsExactly("47383");
  }

  @Test
  void lookupOfACptCodeIsStillFull(TestServer server) {
    var lookup = ok(server.get("CodeSystem/$lookup?system=" + TestContent.CPT + "&code=47383"));
    assertThat(Responses.string(lookup, "display")).isEqualTo(DISPLAY);
    assertThat(Responses.all(lookup, "designation")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(Responses.all(lookup, "property")).isNotEmpty();
    var instance = ok(server.get("CodeSystem/cpt/$lookup?code=47383&_format=xml"));
    assertThat(Responses.string(instance, "display")).isEqualTo(DISPLAY);
    var valid = ok(server.get("CodeSystem/cpt/$validate-code?code=47383:51"));
    assertThat(valid.getParameterValue("result").primitiveValue()).isEqualTo("true");
  }

  @Test
  void hapiGenericClientReadsTheSummary(TestServer server) {
    var client = server.client();
    assertSummary(client.read().resource(CodeSystem.class).withId("cpt").execute());
    Bundle found =
        client
            .search()
            .forResource(CodeSystem.class)
            .where(CodeSystem.URL.matches().value(TestContent.CPT + "|2025"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(found.getTotal()).isEqualTo(1);
    assertSummary((CodeSystem) found.getEntryFirstRep().getResource());
  }

  static void assertSummary(CodeSystem cpt) {
    assertThat(cpt.getUrl()).isEqualTo(TestContent.CPT);
    assertThat(cpt.getVersion()).isEqualTo("2025");
    assertThat(cpt.getName()).isEqualTo("CPT");
    assertThat(cpt.getTitle()).isEqualTo("Current Procedural Terminology (CPT)");
    assertThat(cpt.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
    assertThat(cpt.getCopyright()).contains("American Medical Association");
    assertThat(cpt.getContent()).isEqualTo(CodeSystemContentMode.NOTPRESENT);
    assertThat(cpt.getCount()).isEqualTo(7);
    assertThat(cpt.getConcept()).isEmpty();
    assertThat(cpt.getProperty())
        .extracting(p -> p.getCode())
        .contains("modifier", "modified", "kind");
    assertThat(cpt.getFilter())
        .extracting(f -> f.getCode())
        .contains("modifier", "modified", "kind", "code");
    assertThat(cpt.getExtensionByUrl(LICENSED).getValue().primitiveValue()).isEqualTo("true");
  }
}
