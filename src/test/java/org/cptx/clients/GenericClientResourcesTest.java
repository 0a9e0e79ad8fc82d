package org.cptx.clients;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.List;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * metadata, read and search of CodeSystem, ValueSet and ConceptMap through HAPI's generic client,
 * JSON and XML.
 */
@RunningServer
class GenericClientResourcesTest {

  private final Exchanges exchanges = new Exchanges();

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void capabilityStatementDeclaresTheTerminologyOperations(
      EncodingEnum encoding, TestServer server) {
    CapabilityStatement cs =
        client(server, encoding).capabilities().ofType(CapabilityStatement.class).execute();

    assertThat(cs.getFhirVersion()).isEqualTo(FHIRVersion._4_0_1);
    assertThat(operations(cs, "CodeSystem")).contains("lookup", "validate-code");
    assertThat(operations(cs, "ValueSet"))
        .contains("expand", "validate-code", "batch-validate-code");
    assertThat(operations(cs, "ConceptMap")).contains("translate");
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void readOfCptIsASummaryWithoutConcepts(EncodingEnum encoding, TestServer server) {
    CodeSystem cpt =
        client(server, encoding).read().resource(CodeSystem.class).withId("cpt").execute();

    assertThat(cpt.getUrl()).isEqualTo(Cpt.SYSTEM);
    assertThat(cpt.getVersion()).isEqualTo(Cpt.VERSION);
    assertThat(cpt.getContent()).isEqualTo(CodeSystemContentMode.NOTPRESENT);
    assertThat(cpt.getConcept()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void readOfAPublicCodeSystemIsComplete(EncodingEnum encoding, TestServer server) {
    CodeSystem days =
        client(server, encoding)
            .read()
            .resource(CodeSystem.class)
            .withId("cms-global-days")
            .execute();

    assertThat(days.getUrl()).isEqualTo(Cpt.GLOBAL_DAYS);
    assertThat(days.getContent()).isEqualTo(CodeSystemContentMode.COMPLETE);
    assertThat(days.getConcept())
        .hasSize(7)
        .extracting(CodeSystem.ConceptDefinitionComponent::getCode)
        .contains("000", "010", "090", "MMM", "XXX");
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void searchOnACanonicalWithVersionFindsCpt(EncodingEnum encoding, TestServer server) {
    Bundle found =
        client(server, encoding)
            .search()
            .forResource(CodeSystem.class)
            .where(CodeSystem.URL.matches().value(Cpt.SYSTEM + "|" + Cpt.VERSION))
            .returnBundle(Bundle.class)
            .execute();

    assertThat(found.getEntry())
        .as("CodeSystem?url=%s|%s; requests:%s", Cpt.SYSTEM, Cpt.VERSION, exchanges)
        .singleElement()
        .satisfies(
            e -> {
              CodeSystem cpt = (CodeSystem) e.getResource();
              assertThat(cpt.getIdElement().getIdPart()).isEqualTo("cpt");
              assertThat(cpt.getVersion()).isEqualTo(Cpt.VERSION);
              assertThat(cpt.getContent()).isEqualTo(CodeSystemContentMode.NOTPRESENT);
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void searchOnAnImplicitValueSetUrlFindsItAndItCanBeRead(
      EncodingEnum encoding, TestServer server) {
    IGenericClient client = client(server, encoding);
    Bundle found =
        client
            .search()
            .forResource(ValueSet.class)
            .where(ValueSet.URL.matches().value(Cpt.ALL))
            .returnBundle(Bundle.class)
            .execute();

    assertThat(found.getEntry()).as("ValueSet?url=%s; requests:%s", Cpt.ALL, exchanges).hasSize(1);
    ValueSet all = (ValueSet) found.getEntryFirstRep().getResource();
    assertThat(all.getUrl()).isEqualTo(Cpt.ALL);
    ValueSet read =
        client.read().resource(ValueSet.class).withId(all.getIdElement().getIdPart()).execute();
    assertThat(read.getUrl()).isEqualTo(Cpt.ALL);
  }

  @ParameterizedTest
  @EnumSource(
      value = EncodingEnum.class,
      names = {"JSON", "XML"})
  void conceptMapsCanBeSearchedAndRead(EncodingEnum encoding, TestServer server) {
    IGenericClient client = client(server, encoding);
    Bundle found =
        client
            .search()
            .forResource(ConceptMap.class)
            .where(ConceptMap.URL.matches().value(Cpt.HCPCS_MODIFIERS_MAP))
            .returnBundle(Bundle.class)
            .execute();
    ConceptMap read =
        client.read().resource(ConceptMap.class).withId("cpt-applicable-modifiers").execute();

    assertThat(found.getEntry())
        .singleElement()
        .satisfies(
            e ->
                assertThat(((ConceptMap) e.getResource()).getUrl())
                    .isEqualTo(Cpt.HCPCS_MODIFIERS_MAP));
    assertThat(read.getUrl()).isEqualTo(Cpt.APPLICABLE_MODIFIERS_MAP);
    assertThat(read.getGroup()).isNotEmpty();
  }

  private static List<String> operations(CapabilityStatement cs, String type) {
    return cs.getRestFirstRep().getResource().stream()
        .filter(r -> type.equals(r.getType()))
        .flatMap(r -> r.getOperation().stream())
        .map(CapabilityStatementRestResourceOperationComponent::getName)
        .toList();
  }

  private IGenericClient client(TestServer server, EncodingEnum encoding) {
    return Clients.generic(server, encoding, exchanges);
  }
}
