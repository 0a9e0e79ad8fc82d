package org.cptx.server.auth;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/**
 * Access control as the server wires it: the token filter, the SMART configuration, the capability
 * statement.
 */
public final class Access {

  static final String SECURITY_SERVICES =
      "http://terminology.hl7.org/CodeSystem/restful-security-service";
  static final String OAUTH_URIS =
      "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

  private Access() {}

  /**
   * Adds the token check on {@code /fhir/*} and the SMART configuration; nothing when auth is null.
   */
  public static void install(
      ServletContextHandler context, AuthConfig auth, EnumSet<DispatcherType> requests) {
    if (auth == null) {
      return;
    }
    context.addFilter(
        new FilterHolder(new AccessFilter(new TokenVerifier(auth))), "/fhir/*", requests);
    ServletHolder smart = new ServletHolder("smart-configuration", new SmartConfiguration(auth));
    context.addServlet(smart, SmartConfiguration.PATH);
    context.addServlet(smart, "/fhir" + SmartConfiguration.PATH);
  }

  /**
   * What the CapabilityStatement says of access control: {@code rest.security.cors} when browsers
   * on other sites may call the server, and the SMART/OAuth services when auth is on.
   */
  public static Consumer<CapabilityStatement> capabilities(AuthConfig auth, boolean cors) {
    Consumer<CapabilityStatement> tokens = capabilities(auth);
    if (!cors) {
      return tokens;
    }
    return tokens.andThen(cs -> cs.getRest().forEach(rest -> rest.getSecurity().setCors(true)));
  }

  /** The SMART/OAuth {@code rest.security}, when auth is on. */
  static Consumer<CapabilityStatement> capabilities(AuthConfig auth) {
    if (auth == null) {
      return cs -> {};
    }
    return cs ->
        cs.getRest()
            .forEach(
                rest -> {
                  CapabilityStatement.CapabilityStatementRestSecurityComponent security =
                      rest.getSecurity();
                  security.setCors(false);
                  security.addService(
                      new CodeableConcept()
                          .addCoding(
                              new org.hl7.fhir.r4.model.Coding(
                                  SECURITY_SERVICES, "SMART-on-FHIR", "SMART-on-FHIR"))
                          .setText("OAuth 2.0 bearer tokens (SMART backend services)"));
                  security.addService(
                      new CodeableConcept()
                          .addCoding(
                              new org.hl7.fhir.r4.model.Coding(
                                  SECURITY_SERVICES, "OAuth", "OAuth")));
                  security.setDescription(
                      "Send a JWT bearer token issued by "
                          + auth.issuer()
                          + " for the audience "
                          + auth.audience()
                          + " with a scope such as system/CodeSystem.read or system/*.rs; see "
                          + "/.well-known/smart-configuration");
                  if (auth.tokenEndpoint() != null) {
                    Extension uris = security.addExtension().setUrl(OAUTH_URIS);
                    uris.addExtension("token", new UriType(auth.tokenEndpoint()));
                  }
                });
  }
}
