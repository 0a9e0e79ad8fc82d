package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;
import static org.cptx.fhir.Responses.parse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.TerminologyCapabilities;
import org.hl7.fhir.r4.model.TerminologyCapabilities.TerminologyCapabilitiesCodeSystemComponent;
import org.hl7.fhir.r4.model.TerminologyCapabilities.TerminologyCapabilitiesCodeSystemVersionComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@RunningServer
class MetadataHttpTest {

  static final String CPT = TestContent.CPT;
  static final String MAP_URL = "http://cptx.org/fhir/ConceptMap/cpt-applicable-modifiers";

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
  }

  static Bundle search(TestServer server, String query) {
    var response = server.get(query);
    assertThat(response.statusCode()).as("%s: %s", query, response.body()).isEqualTo(200);
    Bundle bundle = parse(response, Bundle.class);
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
    assertThat(bundle.getTotal()).isEqualTo(bundle.getEntry().size());
    return bundle;
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "xml"})
  void capabilityStatementListsTheOperations(String format, TestServer server) {
    var response = server.get("metadata?_format=" + format);
    assertThat(response.statusCode()).isEqualTo(200);
    CapabilityStatement cs = parse(response, CapabilityStatement.class);
    assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
    assertThat(cs.getSoftware().getName()).isEqualTo("cptx");
    CapabilityStatementRestResourceComponent codeSystem =
        cs.getRestFirstRep().getResource().stream()
            .filter(r -> r.getType().equals("CodeSystem"))
            .findFirst()
            .orElseThrow();
    assertThat(codeSystem.getOperation())
        .extracting(CapabilityStatementRestResourceOperationComponent::getName)
        .contains("lookup", "validate-code");
    assertThat(codeSystem.getInteraction())
        .extracting(i -> i.getCode().toCode())
        .containsExactlyInAnyOrder("read", "search-type");
    assertThat(codeSystem.getSearchParam())
        .extracting(p -> p.getName())
        .contains("url", "version", "name", "status");
    assertThat(cs.getRestFirstRep().getResource())
        .extracting(CapabilityStatementRestResourceComponent::getType)
        .contains("CodeSystem", "ValueSet", "ConceptMap");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "xml"})
  void terminologyCapabilitiesListsTheCodeSystems(String format, TestServer server) {
    var response = server.get("metadata?mode=terminology&_format=" + format);
    assertThat(response.statusCode()).isEqualTo(200);
    TerminologyCapabilities tc = parse(response, TerminologyCapabilities.class);
    assertThat(tc.getSoftware().getName()).isEqualTo("cptx");
    assertThat(versions(tc, CPT)).containsExactly("2025");
    assertThat(versions(tc, TestContent.HCPCS)).containsExactly("2025");
    assertThat(versions(tc, TestContent.SYNTHETIC_URL)).containsExactly("1.0.0", "2.0.0");
    TerminologyCapabilitiesCodeSystemComponent synthetic = system(tc, TestContent.SYNTHETIC_URL);
    assertThat(synthetic.getVersion())
        .filteredOn(TerminologyCapabilitiesCodeSystemVersionComponent::getIsDefault)
        .extracting(v -> v.getCode())
        .containsExactly("2.0.0");
    assertThat(tc.getCodeSystem())
        .extracting(TerminologyCapabilitiesCodeSystemComponent::getUri)
        .contains("http://cptx.org/fhir/CodeSystem/cms-global-days")
        .doesNotHaveDuplicates();
  }

  static TerminologyCapabilitiesCodeSystemComponent system(TerminologyCapabilities tc, String url) {
    return tc.getCodeSystem().stream()
        .filter(c -> url.equals(c.getUri()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(url + " not listed"));
  }

  static List<String> versions(TerminologyCapabilities tc, String url) {
    return system(tc, url).getVersion().stream().map(v -> v.getCode()).toList();
  }

  @Test
  void readCodeSystem(TestServer server) {
    var response = server.get("CodeSystem/cpt");
    assertThat(response.statusCode()).isEqualTo(200);
    CodeSystem cs = parse(response, CodeSystem.class);
    assertThat(cs.getUrl()).isEqualTo(CPT);
    assertThat(cs.getVersion()).isEqualTo("2025");
    assertThat(cs.getConcept()).as("CPT is licensed: read answers a summary").isEmpty();
    assertThat(cs.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.NOTPRESENT);
    CodeSystem xml =
        parse(server.get("CodeSystem/hcpcs-modifiers", "Accept", Responses.XML), CodeSystem.class);
    assertThat(xml.getUrl()).isEqualTo(TestContent.HCPCS);
    assertThat(xml.getConcept()).extracting(c -> c.getCode()).contains("LT", "XS");
    CodeSystem client =
        server.client().read().resource(CodeSystem.class).withId("synthetic").execute();
    assertThat(client.getVersion()).isEqualTo("1.0.0");
  }

  @Test
  void readConceptMapAndMissingResources(TestServer server) {
    var response = server.get("ConceptMap/cpt-applicable-modifiers");
    assertThat(response.statusCode()).isEqualTo(200);
    ConceptMap map = parse(response, ConceptMap.class);
    assertThat(map.getUrl()).isEqualTo(MAP_URL);
    assertThat(map.getGroupFirstRep().getSource()).isEqualTo(CPT);
    for (String path :
        List.of("CodeSystem/no-such-id", "ValueSet/no-such-id", "ConceptMap/no-such-id")) {
      assertThat(messageId(error(server.get(path), 404)))
          .as(path)
          .isEqualTo("CPTX_RESOURCE_NOT_FOUND");
    }
  }

  @Test
  void searchCodeSystems(TestServer server) {
    assertThat(ids(search(server, "CodeSystem?url=" + q(CPT)))).containsExactly("cpt");
    assertThat(ids(search(server, "CodeSystem?url=" + q(TestContent.SYNTHETIC_URL))))
        .containsExactlyInAnyOrder("synthetic", "synthetic-v2");
    assertThat(
            ids(
                search(
                    server, "CodeSystem?url=" + q(TestContent.SYNTHETIC_URL) + "&version=2.0.0")))
        .containsExactly("synthetic-v2");
    assertThat(ids(search(server, "CodeSystem?version=2025")))
        .contains("cpt", "hcpcs-modifiers")
        .doesNotContain("synthetic", "synthetic-v2", "cpt-cms-2025");
    assertThat(ids(search(server, "CodeSystem?name=synth")))
        .containsExactlyInAnyOrder("synthetic", "synthetic-v2");
    assertThat(ids(search(server, "CodeSystem?name:exact=CPT"))).containsExactly("cpt");
    assertThat(ids(search(server, "CodeSystem?name:contains=globaldays")))
        .containsExactly("cms-global-days");
    assertThat(ids(search(server, "CodeSystem?status=active&url=" + q(CPT))))
        .containsExactly("cpt");
    assertThat(ids(search(server, "CodeSystem?status=retired"))).isEmpty();
    assertThat(
            ids(
                search(
                    server,
                    "CodeSystem?url=" + q("http://example.org/fhir/CodeSystem/no-such-system"))))
        .isEmpty();
    Bundle all = search(server, "CodeSystem");
    assertThat(all.getEntry())
        .allSatisfy(e -> assertThat(e.getResource()).isInstanceOf(CodeSystem.class));
    assertThat(ids(all))
        .contains("cpt", "hcpcs-modifiers", "cpt-cms-2025", "synthetic", "synthetic-v2");
  }

  @Test
  void searchConceptMapsAndValueSets(TestServer server) {
    assertThat(ids(search(server, "ConceptMap?url=" + q(MAP_URL))))
        .containsExactly("cpt-applicable-modifiers");
    assertThat(ids(search(server, "ConceptMap?name=CPTApplicable&status=active&version=2025")))
        .containsExactly("cpt-applicable-modifiers");
    assertThat(ids(search(server, "ConceptMap?version=1999"))).isEmpty();
    Bundle valueSets = search(server, "ValueSet?status=active");
    assertThat(valueSets.getEntry())
        .allSatisfy(e -> assertThat(e.getResource().fhirType()).isEqualTo("ValueSet"));
    assertThat(
            ids(
                search(
                    server, "ValueSet?url=" + q("http://example.org/fhir/ValueSet/no-such-set"))))
        .isEmpty();
    Bundle client =
        server
            .client()
            .search()
            .forResource(ConceptMap.class)
            .where(ConceptMap.URL.matches().value(MAP_URL))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(client.getEntry())
        .singleElement()
        .satisfies(
            e -> assertThat(((MetadataResource) e.getResource()).getVersion()).isEqualTo("2025"));
  }

  @Test
  void unknownSearchParameterIsAnError(TestServer server) {
    var response = server.get("CodeSystem?colour=red");
    assertThat(response.statusCode()).isBetween(400, 499);
    error(response, response.statusCode());
  }
}
