package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cptx.fhir.Responses.JSON;
import static org.cptx.fhir.Responses.XML;
import static org.cptx.fhir.Responses.error;
import static org.cptx.fhir.Responses.messageId;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batch Bundles POSTed to the base: each entry answered as alone, in order, failures kept to their
 * entry.
 */
@RunningServer
class BatchHttpTest {

  static final String CPT = TestContent.CPT;

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Reads, searches and operations by GET and POST, with one unknown code and one write among them.
   */
  static Bundle claimLines() {
    Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
    get(batch, "CodeSystem/$validate-code?url=" + q(CPT) + "&code=47383");
    get(batch, "CodeSystem/$validate-code?url=" + q(CPT) + "&code=" + q("47383:51"));
    get(batch, "CodeSystem/$lookup?system=" + q(CPT) + "&code=99999");
    Parameters lookup = new Parameters();
    lookup.addParameter("system", new UriType(CPT));
    lookup.addParameter("code", new CodeType("47383"));
    batch
        .addEntry()
        .setResource(lookup)
        .getRequest()
        .setMethod(HTTPVerb.POST)
        .setUrl("CodeSystem/$lookup");
    get(batch, "CodeSystem/cms-global-days");
    get(batch, "ConceptMap?name=cpt");
    batch
        .addEntry()
        .setResource(new CodeSystem())
        .getRequest()
        .setMethod(HTTPVerb.PUT)
        .setUrl("CodeSystem/x");
    get(
        batch,
        "CodeSystem/$subsumes?system="
            + CPT
            + "&codeA=47383&codeB=47383:51"); // as typed, unencoded
    return batch;
  }

  static void get(Bundle batch, String url) {
    batch.addEntry().getRequest().setMethod(HTTPVerb.GET).setUrl(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {JSON, XML})
  void eachEntryIsAnsweredInOrder(String format, TestServer server) {
    HttpResponse<String> response =
        server.post("", format, Responses.parser(format).encodeResourceToString(claimLines()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Bundle out = Responses.parse(response, Bundle.class);
    assertAnswers(out);
  }

  static void assertAnswers(Bundle out) {
    assertThat(out.getType()).isEqualTo(Bundle.BundleType.BATCHRESPONSE);
    List<BundleEntryComponent> e = out.getEntry();
    assertThat(e)
        .extracting(x -> x.getResponse().getStatus().substring(0, 3))
        .containsExactly("200", "200", "404", "200", "200", "200", "405", "200");
    assertThat(((Parameters) e.get(0).getResource()).getParameterBool("result")).isTrue();
    assertThat(((Parameters) e.get(1).getResource()).getParameterBool("result")).isTrue();
    OperationOutcome unknown = (OperationOutcome) e.get(2).getResponse().getOutcome();
    assertThat(unknown.getIssueFirstRep().getDetails().getText()).contains("99999");
    assertThat(((Parameters) e.get(3).getResource()).getParameterValue("code").primitiveValue())
        .isEqualTo("47383");
    assertThat(((CodeSystem) e.get(4).getResource()).getUrl()).contains("global-days");
    assertThat(((Bundle) e.get(5).getResource()).getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
    assertThat(messageId((OperationOutcome) e.get(6).getResponse().getOutcome()))
        .isEqualTo("CPTX_READ_ONLY");
    assertThat(((Parameters) e.get(7).getResource()).getParameterValue("outcome").primitiveValue())
        .isEqualTo("subsumes");
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void theHapiClientSendsABatch(EncodingEnum encoding, TestServer server) {
    Bundle out = server.client().transaction().withBundle(claimLines()).encoded(encoding).execute();
    assertAnswers(out);
  }

  @Test
  void aTransactionIsRefused(TestServer server) {
    Bundle transaction = claimLines().setType(Bundle.BundleType.TRANSACTION);
    MethodNotAllowedException refused =
        catchThrowableOfType(
            MethodNotAllowedException.class,
            () -> server.client().transaction().withBundle(transaction).execute());
    assertThat(
            ((OperationOutcome) refused.getOperationOutcome())
                .getIssueFirstRep()
                .getDetails()
                .getText())
        .contains("'batch'")
        .contains("'transaction'");
    OperationOutcome oo =
        error(
            server.post("", JSON, Responses.parser(JSON).encodeResourceToString(transaction)), 405);
    assertThat(messageId(oo)).isEqualTo("CPTX_BUNDLE_NOT_BATCH");
  }

  @Test
  void tooManyEntriesAreRefusedBeforeAnyIsAnswered(TestServer server) {
    Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
    for (int i = 0; i < 101; i++) {
      get(batch, "CodeSystem/$lookup?system=" + q(CPT) + "&code=47383");
    }
    OperationOutcome oo =
        error(server.post("", JSON, Responses.parser(JSON).encodeResourceToString(batch)), 422);
    assertThat(messageId(oo)).isEqualTo("CPTX_BATCH_TOO_LARGE");
    assertThat(oo.getIssueFirstRep().getDetails().getText()).contains("101").contains("100");
  }

  @Test
  void badEntriesFailAlone(TestServer server) {
    Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
    batch.addEntry().getRequest().setMethod(HTTPVerb.GET);
    get(batch, "http://elsewhere.example.org/fhir/CodeSystem/cpt");
    get(batch, "NoSuchType/1");
    batch
        .addEntry()
        .setResource(new ValueSet())
        .getRequest()
        .setMethod(HTTPVerb.POST)
        .setUrl("ValueSet/$expand");
    get(batch, "CodeSystem/$lookup?system=" + q(CPT) + "&code=47383");
    Bundle out =
        Responses.parse(
            server.post("", JSON, Responses.parser(JSON).encodeResourceToString(batch)),
            Bundle.class);
    assertThat(out.getEntry())
        .extracting(x -> x.getResponse().getStatus().substring(0, 3))
        .containsExactly("400", "400", "404", "400", "200");
    assertThat(out.getEntry().subList(0, 4))
        .allSatisfy(x -> assertThat(x.getResponse().getOutcome()).isNotNull());
  }

  @Test
  void theCapabilityStatementListsBatch(TestServer server) {
    var cs =
        server
            .client()
            .capabilities()
            .ofType(org.hl7.fhir.r4.model.CapabilityStatement.class)
            .execute();
    assertThat(cs.getRestFirstRep().getInteraction())
        .anySatisfy(i -> assertThat(i.getCode().toCode()).isEqualTo("batch"));
  }
}
