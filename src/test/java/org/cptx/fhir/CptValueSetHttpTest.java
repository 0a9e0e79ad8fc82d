package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.parse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/** The implicit CPT value sets over HTTP, on the shipped CPT 47383 seed (47383 and six modifiers). */
@RunningServer
class CptValueSetHttpTest {

  static final List<String> BASES = List.of("http://terminology.hl7.org/ValueSet/", "http://hl7.org/fhir/ValueSet/");

  @Test
  void expandImplicitValueSets(TestServer server) {
    for (String base : BASES) {
      assertThat(codes(server, base + "cpt-all")).contains("47383", "51", "XS").hasSize(7);
      assertThat(codes(server, base + "cpt-base")).containsExactly("47383");
      assertThat(codes(server, base + "cpt-modifiers")).containsExactly("22", "51", "53", "54", "LT", "XS");
      assertThat(codes(server, base + "cpt-usable")).containsExactly("47383");
    }
  }

  @Test
  void countZeroReportsTheTotal(TestServer server) {
    var response = server.get("ValueSet/$expand?url=" + q(BASES.get(0) + "cpt-all") + "&count=0");
    ValueSet vs = parse(response, ValueSet.class);
    assertThat(vs.getExpansion().getTotal()).isEqualTo(7);
    assertThat(vs.getExpansion().getContains()).isEmpty();
  }

  @Test
  void validateExpressionsAgainstImplicitValueSets(TestServer server) {
    String usable = BASES.get(1) + "cpt-usable";
    String base = BASES.get(1) + "cpt-base";
    assertThat(valid(server, usable, "47383:51")).isTrue();
    assertThat(valid(server, usable, "47383")).isTrue();
    assertThat(valid(server, usable, "51")).isFalse();
    assertThat(valid(server, base, "47383:51")).isFalse();
    assertThat(valid(server, BASES.get(0) + "cpt-modifiers", "51")).isTrue();
    assertThat(valid(server, BASES.get(0) + "cpt-usable", "47383:50")).isFalse();
  }

  private static boolean valid(TestServer server, String url, String code) {
    Parameters p = ok(server.get("ValueSet/$validate-code?url=" + q(url) + "&system=" + q(TestContent.CPT)
        + "&code=" + q(code)));
    return ((BooleanType) p.getParameterValue("result")).getValue();
  }

  private static List<String> codes(TestServer server, String url) {
    var response = server.get("ValueSet/$expand?url=" + q(url));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return parse(response, ValueSet.class).getExpansion().getContains().stream()
        .map(ValueSet.ValueSetExpansionContainsComponent::getCode).toList();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
