package org.cptx.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IServerAddressStrategy;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cptx.content.LoadedContent;
import org.cptx.fhir.encoding.JsonAnswers;
import org.cptx.fhir.encoding.JsonExpansions;
import org.cptx.fhir.encoding.LookupAnswers;
import org.cptx.fhir.encoding.ValidationAnswers;
import org.cptx.fhir.provider.BatchProvider;
import org.cptx.fhir.provider.CodeSystemResourceProvider;
import org.cptx.fhir.provider.ConceptMapResourceProvider;
import org.cptx.fhir.provider.ValueSetResourceProvider;
import org.cptx.fhir.provider.VersionsProvider;
import org.cptx.terminology.Terminology;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * Builds the HAPI RestfulServer: providers, interceptors and capability statement, nothing else.
 */
public final class FhirEndpoint {

  private FhirEndpoint() {}

  public static RestfulServer create(
      FhirContext fhir, LoadedContent content, String version, int maxBatchEntries) {
    return create(
        fhir, content, version, maxBatchEntries, new IncomingRequestAddressStrategy(), cs -> {});
  }

  /**
   * @param address how the public base URL is found
   * @param security what the CapabilityStatement says of access control
   */
  public static RestfulServer create(
      FhirContext fhir,
      LoadedContent content,
      String version,
      int maxBatchEntries,
      IServerAddressStrategy address,
      Consumer<CapabilityStatement> security) {
    Terminology terminology = content.terminology();
    Server server = new Server(fhir);
    server.setServerAddressStrategy(address);
    server.setServerName("cptx");
    server.setServerVersion(version);
    server.setImplementationDescription("cptx FHIR R4 terminology server");
    server.setDefaultResponseEncoding(EncodingEnum.JSON);
    var codeSystems = new CodeSystemResourceProvider(content.resources(), terminology);
    var valueSets = new ValueSetResourceProvider(content.resources(), terminology);
    var conceptMaps = new ConceptMapResourceProvider(content.resources(), content.conceptMaps());
    server.setResourceProviders(List.of(codeSystems, valueSets, conceptMaps));
    server.direct =
        new DirectOperations(
            server,
            Map.of(
                "CodeSystem/$lookup",
                    r -> JsonAnswers.utf8(LookupAnswers.of(codeSystems.lookupResult(null, r))),
                "CodeSystem/$validate-code",
                    r -> JsonAnswers.utf8(ValidationAnswers.of(codeSystems.validation(null, r))),
                "CodeSystem/$subsumes", r -> JsonAnswers.utf8(codeSystems.subsumes(null, r)),
                "ValueSet/$expand", r -> expansionJson(valueSets.expansion(null, r)),
                "ValueSet/$validate-code",
                    r -> JsonAnswers.utf8(ValidationAnswers.of(valueSets.validation(null, r))),
                "ConceptMap/$translate", r -> JsonAnswers.utf8(conceptMaps.translate(null, r))));
    server.registerProvider(new VersionsProvider());
    server.registerProvider(new BatchProvider(server, maxBatchEntries));
    server.registerInterceptor(new RequestGuardInterceptor());
    server.registerInterceptor(new ErrorInterceptor());
    server.registerInterceptor(new org.cptx.fhir.encoding.StreamedAnswerInterceptor());
    TerminologyCapabilitiesProvider capabilities =
        new TerminologyCapabilitiesProvider(
            server, content.registry(), version, org.cptx.server.Version.releaseDate());
    capabilities.setSecurity(security);
    server.setServerConformanceProvider(capabilities);
    return server;
  }

  private static Optional<byte[]> expansionJson(ValueSetResourceProvider.Expanded expanded) {
    return JsonExpansions.utf8(expanded.expansion(), expanded.request(), expanded.echoed());
  }

  /** HAPI's server, with the plainest operation GETs answered first by {@link DirectOperations}. */
  private static final class Server extends RestfulServer {

    private DirectOperations direct;

    Server(FhirContext fhir) {
      super(fhir);
    }

    @Override
    public void addHeadersToResponse(HttpServletResponse response) {
      // no X-Powered-By: the server does not advertise its libraries and their versions
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws ServletException, IOException {
      if (direct == null || !direct.answered(request, response)) {
        super.doGet(request, response);
      }
    }
  }
}
