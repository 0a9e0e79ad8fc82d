package org.cptx.server;

import ca.uhn.fhir.rest.server.IServerAddressStrategy;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The FHIR base that answers name (links, {@code Content-Location}, the CapabilityStatement's url):
 * the configured {@code --base-url}; else, with forwarded headers enabled, the address the proxy
 * reports; else the address and port the connection came in on. Never the client's {@code Host}
 * header, which anyone can set.
 */
final class PublicAddress implements IServerAddressStrategy {

  private final String baseUrl;
  private final IncomingRequestAddressStrategy forwarded;

  PublicAddress(Exposure exposure) {
    this.baseUrl = exposure.baseUrl();
    this.forwarded = exposure.forwardedHeaders() ? new IncomingRequestAddressStrategy() : null;
  }

  @Override
  public String determineServerBase(ServletContext context, HttpServletRequest request) {
    if (baseUrl != null) {
      return baseUrl;
    }
    if (forwarded != null) {
      return forwarded.determineServerBase(context, request);
    }
    String host = request.getLocalAddr();
    if (host != null && host.contains(":")) {
      host = "[" + host + "]";
    }
    return request.getScheme()
        + "://"
        + host
        + ":"
        + request.getLocalPort()
        + request.getContextPath()
        + request.getServletPath();
  }
}
