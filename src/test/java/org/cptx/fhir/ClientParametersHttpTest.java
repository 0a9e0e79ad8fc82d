package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.fhir.Responses.JSON;
import static org.cptx.fhir.Responses.XML;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;
import static org.cptx.fhir.Responses.ok;
import static org.cptx.fhir.Responses.string;

import ca.uhn.fhir.parser.IParser;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parameters real clients send (the HL7 validator, HAPI's remote terminology support) beside
 * the ones the operations define: each understood, in JSON and XML.
 */
@RunningServer
class ClientParametersHttpTest {

  static final String CPT = TestContent.CPT;
  static final String SYNTH = TestContent.SYNTHETIC_URL;
  static final String DISPLAY = "Ablation, 1 or more liver tumor(s), percutaneous, cryoablation";

  /**
   * A CodeSystem/$validate-code body as the HL7 validator sends it: its expansion profile and
   * options beside.
   */
  static Parameters validatorStyle(String code, String display) {
    Parameters p = new Parameters();
    p.addParameter().setName("coding").setValue(new Coding(CPT, code, display));
    p.addParameter(
        "profile-url", "http://hl7.org/fhir/ExpansionProfile/dc8fd4bc-091a-424a-8a3b-6198ef146891");
    p.addParameter("default-to-latest-version", true);
    p.addParameter("defaultDisplayLanguage", new CodeType("en"));
    p.addParameter("diagnostics", true);
    p.addParameter("x-some-future-parameter", "anything");
    return p;
  }

  static Parameters post(
      TestServer server, String path, String format, Parameters body, String... headers) {
    IParser parser = Responses.parser(format);
    return ok(server.post(path, format, parser.encodeResourceToString(body), headers));
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void theValidatorsCodeSystemValidateCodeIsAnsweredWithDiagnostics(
      String format, TestServer server) {
    Parameters out =
        post(server, "CodeSystem/$validate-code", format, validatorStyle("47383", DISPLAY));
    assertThat(out.getParameterBool("result")).isTrue();
    assertThat(string(out, "diagnostics"))
        .contains("CodeSystem/$validate-code against " + CPT)
        .contains("coding " + CPT + "#47383")
        .contains("display language: en")
        .contains("version used: 2025")
        .contains("result: true");
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void modeLenientDisplayValidationMakesAWrongDisplayAWarning(String format, TestServer server) {
    Parameters strict =
        post(server, "CodeSystem/$validate-code", format, validatorStyle("47383", "Liver biopsy"));
    assertThat(strict.getParameterBool("result")).isFalse();
    Parameters body = validatorStyle("47383", "Liver biopsy");
    body.addParameter("mode", new CodeType("lenient-display-validation"));
    Parameters lenient = post(server, "CodeSystem/$validate-code", format, body);
    assertThat(lenient.getParameterBool("result")).isTrue();
    OperationOutcome issues = (OperationOutcome) lenient.getParameter("issues").getResource();
    assertThat(issues.getIssue())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
              assertThat(i.getDetails().getText()).contains("Liver biopsy");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void anUnknownModeIsRefused(String format, TestServer server) {
    Parameters body = validatorStyle("47383", DISPLAY);
    body.addParameter("mode", new CodeType("guess"));
    OperationOutcome oo =
        error(
            server.post(
                "CodeSystem/$validate-code",
                format,
                Responses.parser(format).encodeResourceToString(body)),
            400);
    assertThat(messageId(oo)).isEqualTo("CPTX_PARAMETER_TYPE");
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void systemVersionsApplyToCodeSystemValidateCode(String format, TestServer server) {
    Parameters byDefault =
        post(
            server,
            "CodeSystem/$validate-code",
            format,
            synthetic("9990C", "system-version", SYNTH + "|1.0.0"));
    assertThat(byDefault.getParameterBool("result")).as("9990C is new in 2.0.0").isFalse();
    assertThat(string(byDefault, "version")).isEqualTo("1.0.0");
    Parameters forced =
        post(
            server,
            "CodeSystem/$validate-code",
            format,
            synthetic("9990C", "force-system-version", SYNTH + "|1.0.0", "version", "2.0.0"));
    assertThat(string(forced, "version")).isEqualTo("1.0.0");
    Parameters checked =
        post(
            server,
            "CodeSystem/$validate-code",
            format,
            synthetic("9990A", "check-system-version", SYNTH + "|1.0.0"));
    assertThat(checked.getParameterBool("result"))
        .as("the latest, 2.0.0, fails the check")
        .isFalse();
    assertThat(((OperationOutcome) checked.getParameter("issues").getResource()).getIssue())
        .anySatisfy(
            i -> assertThat(i.getDetails().getText()).contains("'2.0.0'").contains("'1.0.0'"));
    Parameters latest = post(server, "CodeSystem/$validate-code", format, synthetic("9990C"));
    assertThat(latest.getParameterBool("result")).isTrue();
    assertThat(string(latest, "version")).isEqualTo("2.0.0");
  }

  private static Parameters synthetic(String code, String... more) {
    Parameters p = new Parameters();
    p.addParameter("url", new UriType(SYNTH));
    p.addParameter("code", new CodeType(code));
    for (int i = 0; i + 1 < more.length; i += 2) {
      p.addParameter(
          more[i],
          more[i].equals("version") ? new StringType(more[i + 1]) : new UriType(more[i + 1]));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void anInlineExpansionProfileGivesDefaults(String format, TestServer server) {
    Parameters profile = new Parameters();
    profile.addParameter("lenient-display-validation", true);
    profile.addParameter("displayLanguage", new CodeType("en"));
    Parameters body = validatorStyle("47383", "Liver biopsy");
    body.addParameter().setName("profile").setResource(profile);
    Parameters out = post(server, "CodeSystem/$validate-code", format, body);
    assertThat(out.getParameterBool("result")).as("lenient from the profile").isTrue();
    body.addParameter("lenient-display-validation", false);
    Parameters own = post(server, "CodeSystem/$validate-code", format, body);
    assertThat(own.getParameterBool("result")).as("the request's own value wins").isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void valueSetModeChecksMembershipOnlyOrNotAtAll(String format, TestServer server) {
    Parameters all = valueSetCall("ALL_CHECKS", "Liver biopsy");
    assertThat(post(server, "ValueSet/$validate-code", format, all).getParameterBool("result"))
        .isFalse();
    Parameters membership = valueSetCall("CHECK_MEMERSHIP_ONLY", "Liver biopsy");
    assertThat(
            post(server, "ValueSet/$validate-code", format, membership).getParameterBool("result"))
        .as("a wrong display is not a membership question")
        .isTrue();
    Parameters none = valueSetCall("NO_MEMBERSHIP_CHECK", DISPLAY);
    none.setParameter("url", new UriType("http://hl7.org/fhir/ValueSet/administrative-gender"));
    Parameters out = post(server, "ValueSet/$validate-code", format, none);
    assertThat(out.getParameterBool("result"))
        .as("47383 is no gender, but membership is not checked")
        .isTrue();
    assertThat(string(out, "display")).isEqualTo(DISPLAY);
  }

  private static Parameters valueSetCall(String mode, String display) {
    Parameters p = new Parameters();
    p.addParameter("url", new UriType("http://hl7.org/fhir/ValueSet/cpt-all"));
    p.addParameter().setName("coding").setValue(new Coding(CPT, "47383", display));
    p.addParameter("valueSetMode", new CodeType(mode));
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"language", "displayLanguage", "defaultDisplayLanguage"})
  void lookupTakesTheLanguageByEachName(String name, TestServer server) {
    Parameters out =
        ok(
            server.get(
                "CodeSystem/$lookup?system="
                    + SYNTH
                    + "&version=1.0.0&code=9990A&"
                    + name
                    + "=de"));
    assertThat(string(out, "display")).isEqualTo("Synthetische Elternprozedur");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "xml"})
  void lookupIncludeDesignations(String format, TestServer server) {
    Parameters without =
        ok(
            server.get(
                "CodeSystem/$lookup?system="
                    + CPT
                    + "&code=47383&includeDesignations=false"
                    + "&_format="
                    + format));
    assertThat(without.getParameters("designation")).isEmpty();
    assertThat(without.getParameters("property")).isNotEmpty();
    Parameters with =
        ok(
            server.get(
                "CodeSystem/$lookup?system="
                    + CPT
                    + "&code=47383&property=global-days"
                    + "&includeDesignations=true&_format="
                    + format));
    assertThat(with.getParameters("designation")).isNotEmpty();
    assertThat(with.getParameters("property")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void aBatchEntryWithNoValueSetIsCheckedInItsCodeSystemWithTheSharedParameters(
      String format, TestServer server) {
    Parameters batch = new Parameters();
    batch.addParameter("lenient-display-validation", true);
    batch.addParameter("defaultDisplayLanguage", new CodeType("en"));
    for (Coding coding :
        List.of(
            new Coding(CPT, "47383", DISPLAY),
            new Coding(CPT, "99999", null),
            new Coding(CPT, "47383", "Liver biopsy"),
            new Coding(CPT, "47383:51", null))) {
      Parameters entry = new Parameters();
      entry.addParameter().setName("coding").setValue(coding);
      entry.addParameter("diagnostics", true);
      batch.addParameter().setName("validation").setResource(entry);
    }
    Parameters out = post(server, "ValueSet/$batch-validate-code", format, batch);
    List<Parameters> results =
        out.getParameters("validation").stream().map(p -> (Parameters) p.getResource()).toList();
    assertThat(results).hasSize(4);
    assertThat(results)
        .extracting(r -> r.getParameterBool("result"))
        .containsExactly(true, false, true, true);
    assertThat(string(results.get(1), "message")).contains("99999");
    assertThat(string(results.get(2), "message"))
        .as("lenient, from the batch's own parameters")
        .contains("Liver biopsy");
    assertThat(string(results.get(0), "diagnostics"))
        .contains("no membership check")
        .contains("language: en");
    assertThat(string(results.get(3), "display")).startsWith(DISPLAY + "; modifier 51");
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void aDiagnosticsRequestIsAnsweredByValueSetValidateCode(String format, TestServer server) {
    Parameters body = valueSetCall("ALL_CHECKS", DISPLAY);
    body.addParameter("diagnostics", new BooleanType(true));
    Parameters out = post(server, "ValueSet/$validate-code", format, body);
    assertThat(out.getParameterBool("result")).isTrue();
    assertThat(string(out, "diagnostics")).contains("against http://hl7.org/fhir/ValueSet/cpt-all");
  }
}
