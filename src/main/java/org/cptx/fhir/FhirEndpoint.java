package org.cptx.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IServerAddressStrategy;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Consumer;
import org.cptx.content.LoadedContent;
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
    RestfulServer server =
        new RestfulServer(fhir) {
          @Override
          public void addHeadersToResponse(HttpServletResponse response) {
            // no X-Powered-By: the server does not advertise its libraries and their versions
          }
        };
    server.setServerAddressStrategy(address);
    server.setServerName("cptx");
    server.setServerVersion(version);
    server.setImplementationDescription("cptx FHIR R4 terminology server");
    server.setDefaultResponseEncoding(EncodingEnum.JSON);
    server.setResourceProviders(
        List.of(
            new CodeSystemResourceProvider(content.resources(), terminology),
            new ValueSetResourceProvider(content.resources(), terminology),
            new ConceptMapResourceProvider(content.resources(), content.conceptMaps())));
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
}
