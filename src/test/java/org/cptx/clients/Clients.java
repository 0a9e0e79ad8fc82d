package org.cptx.clients;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import org.cptx.support.TestServer;
import org.hl7.fhir.common.hapi.validation.support.RemoteTerminologyServiceValidationSupport;

/** HAPI's client-side objects pointed at a started cptx, each recording what it sends. */
final class Clients {

  private Clients() {}

  /**
   * The R4 context, without the client's first CapabilityStatement check (as in {@link
   * TestServer#client()}).
   */
  static FhirContext context() {
    FhirContext ctx = FhirContext.forR4Cached();
    ctx.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    return ctx;
  }

  /** HAPI's remote terminology support with cptx's /fhir as its base URL. */
  static RemoteTerminologyServiceValidationSupport remote(TestServer server, Exchanges exchanges) {
    RemoteTerminologyServiceValidationSupport remote =
        new RemoteTerminologyServiceValidationSupport(context(), server.base());
    remote.addClientInterceptor(exchanges);
    return remote;
  }

  /**
   * The generic client, speaking the given encoding (the _format it asks for and the body it
   * posts).
   */
  static IGenericClient generic(TestServer server, EncodingEnum encoding, Exchanges exchanges) {
    IGenericClient client = context().newRestfulGenericClient(server.base());
    client.setEncoding(encoding);
    client.registerInterceptor(exchanges);
    return client;
  }
}
