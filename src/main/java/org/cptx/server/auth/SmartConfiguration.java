package org.cptx.server.auth;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /.well-known/smart-configuration} (at the root and under the FHIR base): what a SMART
 * backend-services client needs to get a token: the issuer, its token endpoint and JWKS when known,
 * the grant and client authentication it uses, and the scopes that this server reads.
 */
final class SmartConfiguration extends HttpServlet {

  static final String PATH = "/.well-known/smart-configuration";

  private final byte[] body;

  SmartConfiguration(AuthConfig config) {
    this.body = json(config).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static String json(AuthConfig config) {
    List<String> fields = new ArrayList<>();
    fields.add(field("issuer", config.issuer()));
    if (config.jwksIsUrl()) {
      fields.add(field("jwks_uri", config.jwks()));
    }
    if (config.tokenEndpoint() != null) {
      fields.add(field("token_endpoint", config.tokenEndpoint()));
    }
    fields.add("\"grant_types_supported\":[\"client_credentials\"]");
    fields.add(
        "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\",\"client_secret_basic\"]");
    fields.add("\"token_endpoint_auth_signing_alg_values_supported\":[\"RS384\",\"ES384\"]");
    fields.add(
        "\"scopes_supported\":[\"system/CodeSystem.read\",\"system/ValueSet.read\","
            + "\"system/ConceptMap.read\",\"system/*.read\",\"system/CodeSystem.rs\",\"system/ValueSet.rs\","
            + "\"system/ConceptMap.rs\",\"system/*.rs\"]");
    fields.add(
        "\"capabilities\":[\"client-confidential-asymmetric\",\"permission-v1\",\"permission-v2\"]");
    return "{" + String.join(",", fields) + "}";
  }

  private static String field(String name, String value) {
    return "\"" + name + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
