package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.parse;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetFilterComponent;
import org.junit.jupiter.api.Test;

/** CPT's implicit value sets as ValueSet resources: read, search, list, and operations by id. */
@RunningServer
class ImplicitValueSetResourceHttpTest {

  static final String FHIR = "http://hl7.org/fhir/ValueSet/";
  static final String THO = "http://terminology.hl7.org/ValueSet/";
  static final List<String> NAMES = List.of("cpt-all", "cpt-base", "cpt-modifiers", "cpt-usable");

  @Test
  void eachImplicitValueSetIsReadByItsIdInJsonAndXml(TestServer server) {
    for (String format : List.of(Responses.JSON, Responses.XML)) {
      for (String name : NAMES) {
        assertDefinition(read(server, name, format), FHIR + name);
        assertDefinition(read(server, "tho-" + name, format), THO + name);
      }
    }
  }

  @Test
  void theDefinitionCarriesTheCptFilters(TestServer server) {
    ValueSet base = read(server, "cpt-base", Responses.JSON);
    assertThat(base.getName()).isEqualTo("CPT_BASE");
    assertThat(base.getTitle()).isEqualTo("CPT base codes");
    assertThat(base.getCopyright()).contains("American Medical Association");
    assertThat(base.getCompose().getInclude()).hasSize(1);
    assertThat(base.getCompose().getIncludeFirstRep().getFilter())
        .extracting(f -> filter(f))
        .containsExactly("modifier = false", "modified = false");
    ValueSet usable = read(server, "tho-cpt-usable", Responses.XML);
    assertThat(usable.getCompose().getInclude()).hasSize(2);
    assertThat(usable.getCompose().getInclude().get(1).getFilter())
        .extracting(f -> filter(f))
        .containsExactly("modified = true");
    ValueSet modifiers = read(server, "cpt-modifiers", Responses.JSON);
    assertThat(modifiers.getCompose().getIncludeFirstRep().getFilter())
        .extracting(f -> filter(f))
        .containsExactly("modifier = true");
  }

  @Test
  void searchByUrlFindsTheImplicitValueSet(TestServer server) {
    for (String format : List.of(Responses.JSON, Responses.XML)) {
      Bundle bundle = search(server, "url=" + q(FHIR + "cpt-all"), format);
      assertThat(bundle.getTotal()).isEqualTo(1);
      assertThat(ids(bundle)).containsExactly("cpt-all");
      assertDefinition((ValueSet) bundle.getEntryFirstRep().getResource(), FHIR + "cpt-all");
      assertThat(ids(search(server, "url=" + q(THO + "cpt-modifiers"), format)))
          .containsExactly("tho-cpt-modifiers");
    }
  }

  @Test
  void searchWithVersionMustMatchTheCptVersion(TestServer server) {
    assertThat(
            ids(search(server, "url=" + q(FHIR + "cpt-usable") + "&version=2025", Responses.JSON)))
        .containsExactly("cpt-usable");
    assertThat(
            ids(search(server, "url=" + q(FHIR + "cpt-usable") + "&version=2024", Responses.JSON)))
        .isEmpty();
    assertThat(ids(search(server, "url=" + q(FHIR + "cpt-usable|2025"), Responses.JSON)))
        .containsExactly("cpt-usable");
  }

  @Test
  void theListHoldsTheImplicitValueSetsBesideTheStoredOnes(TestServer server) {
    Bundle all = search(server, "", Responses.JSON);
    assertThat(ids(all))
        .contains(
            "administrative-gender",
            "publication-status",
            "cpt-all",
            "cpt-base",
            "cpt-modifiers",
            "cpt-usable",
            "tho-cpt-all",
            "tho-cpt-base",
            "tho-cpt-modifiers",
            "tho-cpt-usable");
    assertThat(ids(all)).doesNotHaveDuplicates();
    assertThat(all.getEntry())
        .extracting(e -> ((ValueSet) e.getResource()).getUrl())
        .doesNotHaveDuplicates();
    assertThat(all.getEntry())
        .allSatisfy(e -> assertThat(((ValueSet) e.getResource()).hasExpansion()).isFalse());
  }

  @Test
  void instanceLevelExpandAndValidateWorkOnAnImplicitValueSet(TestServer server) {
    ValueSet expansion = parse(server.get("ValueSet/cpt-modifiers/$expand"), ValueSet.class);
    assertThat(expansion.getUrl()).isEqualTo(FHIR + "cpt-modifiers");
    assertThat(expansion.getExpansion().getContains())
        .extracting(c -> c.getCode())
        .containsExactly("22", "51", "53", "54", "LT", "XS");
    ValueSet tho = parse(server.get("ValueSet/tho-cpt-base/$expand?_format=xml"), ValueSet.class);
    assertThat(tho.getExpansion().getContains())
        .extracting(c -> c.getCode())
        .containsExactly("47383");
    var valid =
        ok(
            server.get(
                "ValueSet/cpt-usable/$validate-code?system="
                    + q(TestContent.CPT)
                    + "&code=47383:51"));
    assertThat(valid.getParameterValue("result").primitiveValue()).isEqualTo("true");
    var invalid =
        ok(
            server.get(
                "ValueSet/cpt-base/$validate-code?system=" + q(TestContent.CPT) + "&code=51"));
    assertThat(invalid.getParameterValue("result").primitiveValue()).isEqualTo("false");
  }

  @Test
  void anUnknownIdIsStillA404(TestServer server) {
    Responses.error(server.get("ValueSet/cpt-nothing"), 404);
    Responses.error(server.get("ValueSet/cpt-nothing/$expand"), 404);
  }

  @Test
  void hapiGenericClientReadsAndFindsThem(TestServer server) {
    var client = server.client();
    ValueSet read = client.read().resource(ValueSet.class).withId("cpt-all").execute();
    assertDefinition(read, FHIR + "cpt-all");
    Bundle found =
        client
            .search()
            .forResource(ValueSet.class)
            .where(ValueSet.URL.matches().value(FHIR + "cpt-all"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(found.getTotal()).isEqualTo(1);
    assertThat(((ValueSet) found.getEntryFirstRep().getResource()).getUrl())
        .isEqualTo(FHIR + "cpt-all");
    Bundle canonical =
        client
            .search()
            .forResource(ValueSet.class)
            .where(ValueSet.URL.matches().value(THO + "cpt-base|2025"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(canonical)).containsExactly("tho-cpt-base");
    Assertions.assertThatThrownBy(
            () -> client.read().resource(ValueSet.class).withId("cpt-nothing").execute())
        .isInstanceOf(ResourceNotFoundException.class);
  }

  private static void assertDefinition(ValueSet vs, String url) {
    assertThat(vs.getUrl()).isEqualTo(url);
    assertThat(vs.getVersion()).isEqualTo("2025");
    assertThat(vs.getName()).startsWith("CPT_");
    assertThat(vs.getTitle()).isNotBlank();
    assertThat(vs.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
    assertThat(vs.getCompose().getInclude())
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.getSystem()).isEqualTo(TestContent.CPT));
    assertThat(vs.hasExpansion()).isFalse();
  }

  private static ValueSet read(TestServer server, String id, String format) {
    var response = server.get("ValueSet/" + id, "Accept", format);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ValueSet vs = parse(response, ValueSet.class);
    assertThat(vs.getIdElement().getIdPart()).isEqualTo(id);
    return vs;
  }

  static Bundle search(TestServer server, String query, String format) {
    var response = server.get("ValueSet" + (query.isEmpty() ? "" : "?" + query), "Accept", format);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return parse(response, Bundle.class);
  }

  static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(BundleEntryComponent::getResource)
        .map(r -> r.getIdElement().getIdPart())
        .toList();
  }

  private static String filter(ConceptSetFilterComponent f) {
    return f.getProperty() + " " + f.getOp().toCode() + " " + f.getValue();
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
