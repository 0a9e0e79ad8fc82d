package org.cptx.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cptx.clients.Operations.all;
import static org.cptx.clients.Operations.params;
import static org.cptx.clients.Operations.run;
import static org.cptx.clients.Operations.uri;
import static org.cptx.clients.Operations.value;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.stream.Stream;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ValueSet/$expand, ValueSet/$validate-code and ValueSet/$batch-validate-code through HAPI's
 * generic client, at type and instance level (the id found by a search on the value set's URL), by
 * GET and POST, in JSON and XML.
 */
@RunningServer
class GenericClientValueSetTest {

  private final Exchanges exchanges = new Exchanges();

  static Stream<Arguments> calls() {
    return Operations.encodingsAndMethods();
  }

  @ParameterizedTest
  @MethodSource("calls")
  void expandAtTypeLevelListsTheModifiers(EncodingEnum encoding, String method, TestServer server) {
    ValueSet out =
        run(
            client(server, encoding),
            "ValueSet",
            null,
            "$expand",
            params("url", uri(Cpt.MODIFIERS_VS)),
            method,
            ValueSet.class);

    assertThat(out.getExpansion().getContains())
        .extracting(ValueSetExpansionContainsComponent::getCode)
        .containsExactlyInAnyOrderElementsOf(Cpt.MODIFIERS);
    assertThat(out.getExpansion().getContains())
        .extracting(ValueSetExpansionContainsComponent::getSystem)
        .containsOnly(Cpt.SYSTEM);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void expandAtInstanceLevel(EncodingEnum encoding, String method, TestServer server) {
    IGenericClient client = client(server, encoding);
    String id = Operations.valueSetId(client, Cpt.MODIFIERS_VS);

    ValueSet out =
        run(
            client,
            "ValueSet",
            id,
            "$expand",
            params("count", new IntegerType(10)),
            method,
            ValueSet.class);

    assertThat(out.getExpansion().getContains())
        .extracting(ValueSetExpansionContainsComponent::getCode)
        .containsExactlyInAnyOrderElementsOf(Cpt.MODIFIERS);
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void expandAPostedValueSetWithAFilter(EncodingEnum encoding, TestServer server) {
    ValueSet posted = new ValueSet();
    posted.setStatus(PublicationStatus.ACTIVE);
    posted.getCompose().addInclude().setSystem(Cpt.SYSTEM);

    ValueSet out =
        run(
            client(server, encoding),
            "ValueSet",
            null,
            "$expand",
            params("valueSet", posted, "filter", new StringType("liver")),
            "POST",
            ValueSet.class);

    assertThat(out.getExpansion().getContains())
        .extracting(
            ValueSetExpansionContainsComponent::getCode,
            ValueSetExpansionContainsComponent::getDisplay)
        .containsExactly(tuple(Cpt.CODE, Cpt.LONG));
  }

  @ParameterizedTest
  @MethodSource("calls")
  void validateCodeAtTypeLevelAcceptsAnExpressionInCptUsable(
      EncodingEnum encoding, String method, TestServer server) {
    Parameters out =
        run(
            client(server, encoding),
            "ValueSet",
            null,
            "$validate-code",
            params(
                "url",
                uri(Cpt.USABLE),
                "system",
                uri(Cpt.SYSTEM),
                "code",
                new CodeType(Cpt.EXPRESSION)),
            method);

    assertThat(value(out, "result")).isEqualTo("true");
    assertThat(value(out, "code")).isEqualTo(Cpt.EXPRESSION);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void validateCodeAtInstanceLevel(EncodingEnum encoding, String method, TestServer server) {
    IGenericClient client = client(server, encoding);
    String id = Operations.valueSetId(client, Cpt.BASE);

    Parameters out =
        run(
            client,
            "ValueSet",
            id,
            "$validate-code",
            params(
                "system",
                uri(Cpt.SYSTEM),
                "code",
                new CodeType(Cpt.CODE),
                "display",
                new StringType(Cpt.LONG)),
            method);

    assertThat(value(out, "result")).isEqualTo("true");
    assertThat(value(out, "display")).isEqualTo(Cpt.LONG);
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void batchValidateCodeAnswersEachCall(EncodingEnum encoding, TestServer server) {
    Parameters in =
        params(
            "url",
            uri(Cpt.ALL),
            "validation",
            params("system", uri(Cpt.SYSTEM), "code", new CodeType(Cpt.CODE)),
            "validation",
            params("system", uri(Cpt.SYSTEM), "code", new CodeType(Cpt.UNKNOWN_CODE)),
            "validation",
            params("system", uri(Cpt.SYSTEM), "code", new CodeType(Cpt.EXPRESSION)));

    Parameters out =
        run(client(server, encoding), "ValueSet", null, "$batch-validate-code", in, "POST");

    assertThat(all(out, "validation"))
        .extracting(v -> (Parameters) v.getResource())
        .extracting(p -> value(p, "code"), p -> value(p, "result"))
        .containsExactly(
            tuple(Cpt.CODE, "true"),
            tuple(Cpt.UNKNOWN_CODE, "false"),
            tuple(Cpt.EXPRESSION, "true"));
  }

  private IGenericClient client(TestServer server, EncodingEnum encoding) {
    return Clients.generic(server, encoding, exchanges);
  }
}
