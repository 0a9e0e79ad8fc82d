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

/**
 * The implicit CPT value sets over HTTP, on the shipped CPT 47383 seed (47383 and six modifiers).
 */
@RunningServer
class CptValueSetHttpTest {

  static final List<String> BASES =
      List.of("http://terminology.hl7.org/ValueSet/", "http://hl7.org/fhir/ValueSet/");

  @Test
  void expandImplicitValueSets(TestServer server) {
    for (String base : BASES) {
      assertThat(codes(server, base + "cpt-all")).contains("47383", "51", "XS").hasSize(7);
      assertThat(codes(server, base + "cpt-base")).containsExactly("47383");
      assertThat(codes(server, base + "cpt-modifiers"))
          .containsExactly("22", "51", "53", "54", "LT", "XS");
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

  static final String UNCLOSED = "http://hl7.org/fhir/StructureDefinition/valueset-unclosed";
  static final String UNCLOSED_REASON =
      "http://hl7.org/fhir/StructureDefinition/valueset-unclosed-reason";

  /**
   * A value set of the CPT expressions ({@code modified = true}): none is listed, every valid one
   * is a member.
   */
  static final String MODIFIED_VALUE_SET =
      """
      {"resourceType": "ValueSet", "url": "http://example.org/fhir/ValueSet/synthetic-cpt-expressions",
       "status": "active", "compose": {"include": [{"system": "http://www.ama-assn.org/go/cpt",
         "filter": [{"property": "modified", "op": "=", "value": "true"}]}]}}""";

  @Test
  void expansionsThatAdmitExpressionsAreUnclosed(TestServer server) {
    for (String base : BASES) {
      assertUnclosed(expand(server, base + "cpt-usable", ""));
      assertUnclosed(expand(server, base + "cpt-usable", "&count=0"));
      assertUnclosed(expand(server, base + "cpt-all", ""));
      assertThat(expand(server, base + "cpt-base", "").getExpansion().getExtensionByUrl(UNCLOSED))
          .isNull();
      assertThat(
              expand(server, base + "cpt-modifiers", "").getExpansion().getExtensionByUrl(UNCLOSED))
          .isNull();
    }
  }

  @Test
  void aValueSetWithTheModifiedFilterIsUnclosed(TestServer server) {
    String body =
        "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"valueSet\", \"resource\": "
            + MODIFIED_VALUE_SET
            + "}]}";
    var response = server.post("ValueSet/$expand", Responses.JSON, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ValueSet vs = parse(response, ValueSet.class);
    assertUnclosed(vs);
    assertThat(vs.getExpansion().getContains()).isEmpty();
    assertThat(vs.getExpansion().getTotal()).isZero();
  }

  @Test
  void anUnclosedValueSetValidatesExpressionsByTheRules(TestServer server) {
    assertThat(validateInModified(server, "47383:51").getParameterValue("result").primitiveValue())
        .isEqualTo("true");
    assertThat(
            validateInModified(server, "47383:22:XS").getParameterValue("result").primitiveValue())
        .isEqualTo("true");
    Parameters repeated = validateInModified(server, "47383:51:51");
    assertThat(repeated.getParameterValue("result").primitiveValue()).isEqualTo("false");
    assertThat(Responses.string(repeated, "message"))
        .contains("Modifier '51' appears more than once in '47383:51:51'");
    var issues =
        (org.hl7.fhir.r4.model.OperationOutcome)
            Responses.all(repeated, "issues").get(0).getResource();
    assertThat(issues.getIssue())
        .extracting(i -> i.getExtensionByUrl(Responses.MESSAGE_ID).getValue().primitiveValue())
        .contains("CPT_RULE_REPEATED_MODIFIER");
    assertThat(validateInModified(server, "47383").getParameterValue("result").primitiveValue())
        .isEqualTo("false");
  }

  private static Parameters validateInModified(TestServer server, String code) {
    String body =
        "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"valueSet\", \"resource\": "
            + MODIFIED_VALUE_SET
            + "}, {\"name\": \"system\", \"valueUri\": \""
            + TestContent.CPT
            + "\"},"
            + " {\"name\": \"code\", \"valueCode\": \""
            + code
            + "\"}]}";
    return ok(server.post("ValueSet/$validate-code", Responses.JSON, body));
  }

  private static void assertUnclosed(ValueSet vs) {
    var unclosed = vs.getExpansion().getExtensionByUrl(UNCLOSED);
    assertThat(unclosed).as("valueset-unclosed on %s", vs.getUrl()).isNotNull();
    assertThat(unclosed.getValue()).isInstanceOf(BooleanType.class);
    assertThat(((BooleanType) unclosed.getValue()).getValue()).isTrue();
    assertThat(vs.getExpansion().getExtensionByUrl(UNCLOSED_REASON).getValue().primitiveValue())
        .isEqualTo(
            "The code System 'http://www.ama-assn.org/go/cpt' has a grammar and so has infinite members");
  }

  private static ValueSet expand(TestServer server, String url, String more) {
    var response = server.get("ValueSet/$expand?url=" + q(url) + more);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return parse(response, ValueSet.class);
  }

  private static boolean valid(TestServer server, String url, String code) {
    Parameters p =
        ok(
            server.get(
                "ValueSet/$validate-code?url="
                    + q(url)
                    + "&system="
                    + q(TestContent.CPT)
                    + "&code="
                    + q(code)));
    return ((BooleanType) p.getParameterValue("result")).getValue();
  }

  private static List<String> codes(TestServer server, String url) {
    var response = server.get("ValueSet/$expand?url=" + q(url));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return parse(response, ValueSet.class).getExpansion().getContains().stream()
        .map(ValueSet.ValueSetExpansionContainsComponent::getCode)
        .toList();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
