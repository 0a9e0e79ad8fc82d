package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.parts;
import static org.cptx.fhir.Responses.properties;
import static org.cptx.fhir.Responses.string;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;

/** $lookup and $validate-code of CPT modifier expressions on the shipped CPT 47383 seed. */
@RunningServer
class CptExpressionHttpTest {

  static final String CPT = q(TestContent.CPT);
  static final String EXPRESSION_DISPLAY =
      "Ablation, 1 or more liver tumor(s), percutaneous, cryoablation; modifier 51: Multiple Procedures";

  @Test
  void lookupOfAnExpression(TestServer server) {
    Parameters p =
        ok(
            server.get(
                "CodeSystem/$lookup?system=" + CPT + "&code=" + q("47383:51") + "&property=*"));
    assertThat(string(p, "code")).isEqualTo("47383:51");
    assertThat(string(p, "display")).isEqualTo(EXPRESSION_DISPLAY);
    assertThat(properties(p, "modified"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(parts(m, "value").get(0).getValue().primitiveValue()).isEqualTo("true"));
    assertThat(properties(p, "bilateral-surgery")).hasSize(1);
    var modifier =
        properties(p, "modifier").stream().filter(m -> !parts(m, "subproperty").isEmpty()).toList();
    assertThat(modifier)
        .singleElement()
        .satisfies(
            m -> {
              var subs = parts(m, "subproperty");
              assertThat(subs.get(0).getPart().get(1).getValue().primitiveValue()).isEqualTo("51");
              assertThat(subs.get(1).getPart().get(1).getValue().primitiveValue())
                  .isEqualTo("Multiple Procedures");
            });
  }

  @Test
  void lookupRefusesTheDashFormNamingTheColonForm(TestServer server) {
    OperationOutcome outcome =
        error(server.get("CodeSystem/$lookup?system=" + CPT + "&code=47383-51"), 404);
    assertThat(messageId(outcome)).isEqualTo("CPT_EXPRESSION_SEPARATOR");
    assertThat(outcome.getIssueFirstRep().getDetails().getText()).contains("'47383:51'");
  }

  @Test
  void validExpression(TestServer server) {
    Parameters p = validate(server, "47383:51");
    assertThat(((BooleanType) p.getParameterValue("result")).getValue()).isTrue();
    assertThat(string(p, "display")).isEqualTo(EXPRESSION_DISPLAY);
  }

  @Test
  void theComposedDisplayIsTheExpressionsDisplayAndTheBaseCodesIsNot(TestServer server) {
    Parameters right =
        ok(
            server.get(
                "CodeSystem/$validate-code?url="
                    + CPT
                    + "&code="
                    + q("47383:51")
                    + "&display="
                    + q(EXPRESSION_DISPLAY)));
    assertThat(((BooleanType) right.getParameterValue("result")).getValue()).isTrue();
    Parameters base =
        ok(
            server.get(
                "CodeSystem/$validate-code?url="
                    + CPT
                    + "&code="
                    + q("47383:51")
                    + "&display="
                    + q("Ablation, 1 or more liver tumor(s), percutaneous, cryoablation")));
    assertThat(((BooleanType) base.getParameterValue("result")).getValue()).isFalse();
  }

  @Test
  void bilateralAndCoSurgeonsAreRefusedSayingWhy(TestServer server) {
    for (String code : List.of("47383:50", "47383:62")) {
      Parameters p = validate(server, code);
      assertThat(((BooleanType) p.getParameterValue("result")).getValue()).as(code).isFalse();
      List<String> texts = issues(p).stream().map(i -> i.getDetails().getText()).toList();
      assertThat(texts)
          .as(code)
          .anySatisfy(t -> assertThat(t).contains("unknown modifier"))
          .anySatisfy(t -> assertThat(t).contains("CMS", "indicator for '47383' is 0"));
    }
  }

  @Test
  void dashFormIsInvalidNamingTheColonForm(TestServer server) {
    for (String code : List.of("47383-51", "47383.51")) {
      Parameters p = validate(server, code);
      assertThat(((BooleanType) p.getParameterValue("result")).getValue()).isFalse();
      assertThat(issues(p))
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.getDetails().getText()).contains("'47383:51'");
                assertThat(i.getExpression()).extracting(Object::toString).containsExactly("code");
                assertThat(i.getLocation())
                    .as("R4 deprecates location; expression says where")
                    .isEmpty();
              });
    }
  }

  @Test
  void unknownBaseIsNamed(TestServer server) {
    Parameters p = validate(server, "99909:51");
    assertThat(issues(p))
        .singleElement()
        .satisfies(i -> assertThat(i.getDetails().getText()).contains("unknown base code '99909'"));
  }

  private static Parameters validate(TestServer server, String code) {
    return ok(server.get("CodeSystem/$validate-code?url=" + CPT + "&code=" + q(code)));
  }

  private static List<OperationOutcomeIssueComponent> issues(Parameters p) {
    return ((OperationOutcome) p.getParameter("issues").getResource()).getIssue();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
