package org.cptx.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.clients.Operations.all;
import static org.cptx.clients.Operations.params;
import static org.cptx.clients.Operations.part;
import static org.cptx.clients.Operations.run;
import static org.cptx.clients.Operations.uri;
import static org.cptx.clients.Operations.value;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.stream.Stream;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CodeSystem/$lookup, CodeSystem/$validate-code and ConceptMap/$translate through HAPI's generic
 * client, at type and instance level, by GET and POST, in JSON and XML.
 */
@RunningServer
class GenericClientCodeSystemTest {

  private final Exchanges exchanges = new Exchanges();

  static Stream<Arguments> calls() {
    return Operations.encodingsAndMethods();
  }

  @ParameterizedTest
  @MethodSource("calls")
  void lookupAtTypeLevel(EncodingEnum encoding, String method, TestServer server) {
    Parameters out =
        run(
            client(server, encoding),
            "CodeSystem",
            null,
            "$lookup",
            params("system", uri(Cpt.SYSTEM), "code", new CodeType(Cpt.CODE)),
            method);

    assertThat(value(out, "name")).isEqualTo("CPT");
    assertThat(value(out, "version")).isEqualTo(Cpt.VERSION);
    assertThat(value(out, "display")).isEqualTo(Cpt.LONG);
    assertThat(all(out, "designation"))
        .extracting(d -> part(d, "value").getValue().primitiveValue())
        .contains(Cpt.SHORT, Cpt.MEDIUM, Cpt.UPPER);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void lookupAtInstanceLevelWithAProperty(EncodingEnum encoding, String method, TestServer server) {
    Parameters out =
        run(
            client(server, encoding),
            "CodeSystem",
            "cpt",
            "$lookup",
            params("code", new CodeType(Cpt.CODE), "property", new CodeType("global-days")),
            method);

    assertThat(value(out, "display")).isEqualTo(Cpt.LONG);
    assertThat(all(out, "property"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(part(p, "code").getValue().primitiveValue()).isEqualTo("global-days");
              Coding days = (Coding) part(p, "value").getValue();
              assertThat(days.getSystem()).isEqualTo(Cpt.GLOBAL_DAYS);
              assertThat(days.getCode()).isEqualTo("010");
              assertThat(days.getDisplay()).isEqualTo("Minor Procedure");
            });
  }

  @ParameterizedTest
  @MethodSource("calls")
  void lookupOfAnExpressionHasAComposedDisplay(
      EncodingEnum encoding, String method, TestServer server) {
    Parameters out =
        run(
            client(server, encoding),
            "CodeSystem",
            null,
            "$lookup",
            params("system", uri(Cpt.SYSTEM), "code", new CodeType(Cpt.EXPRESSION)),
            method);

    assertThat(value(out, "code")).isEqualTo(Cpt.EXPRESSION);
    assertThat(value(out, "display"))
        .as("display of %s", Cpt.EXPRESSION)
        .isNotNull()
        .contains(Cpt.LONG)
        .contains(Cpt.MODIFIER_DISPLAY);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void validateCodeAtTypeLevelAcceptsTheShortDescriptor(
      EncodingEnum encoding, String method, TestServer server) {
    Parameters out =
        run(
            client(server, encoding),
            "CodeSystem",
            null,
            "$validate-code",
            params(
                "url",
                uri(Cpt.SYSTEM),
                "code",
                new CodeType(Cpt.CODE),
                "display",
                new StringType(Cpt.SHORT)),
            method);

    assertThat(value(out, "result")).isEqualTo("true");
    assertThat(value(out, "version")).isEqualTo(Cpt.VERSION);
    assertThat(value(out, "display")).isEqualTo(Cpt.LONG);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void validateCodeAtInstanceLevelRefusesAWrongDisplay(
      EncodingEnum encoding, String method, TestServer server) {
    Parameters out =
        run(
            client(server, encoding),
            "CodeSystem",
            "cpt",
            "$validate-code",
            params("code", new CodeType(Cpt.CODE), "display", new StringType(Cpt.WRONG_DISPLAY)),
            method);

    assertThat(value(out, "result")).isEqualTo("false");
    assertThat(value(out, "message")).contains("Wrong Display Name '" + Cpt.WRONG_DISPLAY + "'");
  }

  @ParameterizedTest
  @MethodSource("calls")
  void translateAtTypeLevel(EncodingEnum encoding, String method, TestServer server) {
    Parameters out =
        run(
            client(server, encoding),
            "ConceptMap",
            null,
            "$translate",
            params(
                "url",
                uri(Cpt.HCPCS_MODIFIERS_MAP),
                "system",
                uri(Cpt.HCPCS),
                "code",
                new CodeType("LT")),
            method);

    assertThat(value(out, "result")).isEqualTo("true");
    assertThat(all(out, "match"))
        .singleElement()
        .satisfies(
            m -> {
              Coding concept = (Coding) part(m, "concept").getValue();
              assertThat(concept.getSystem()).isEqualTo(Cpt.SYSTEM);
              assertThat(concept.getCode()).isEqualTo("LT");
              assertThat(part(m, "equivalence").getValue().primitiveValue())
                  .isEqualTo("equivalent");
            });
  }

  @ParameterizedTest
  @MethodSource("calls")
  void translateAtInstanceLevel(EncodingEnum encoding, String method, TestServer server) {
    Parameters out =
        run(
            client(server, encoding),
            "ConceptMap",
            "cpt-applicable-modifiers",
            "$translate",
            params("system", uri(Cpt.SYSTEM), "code", new CodeType(Cpt.CODE)),
            method);

    assertThat(value(out, "result")).isEqualTo("true");
    assertThat(all(out, "match"))
        .extracting(GenericClientCodeSystemTest::code)
        .contains(Cpt.MODIFIER, "LT", "XS");
  }

  private IGenericClient client(TestServer server, EncodingEnum encoding) {
    return Clients.generic(server, encoding, exchanges);
  }

  private static String code(ParametersParameterComponent match) {
    return ((Coding) part(match, "concept").getValue()).getCode();
  }
}
