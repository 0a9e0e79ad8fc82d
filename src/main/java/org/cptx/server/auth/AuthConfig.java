package org.cptx.server.auth;

/**
 * The OAuth 2.0 bearer-token check: tokens are JWTs signed (RS256 or ES256) by a key of the JWKS,
 * issued by the issuer, for the audience.
 *
 * @param jwks a JWKS file path, or an http(s) URL of one
 * @param issuer the {@code iss} every token must carry
 * @param audience the {@code aud} every token must include
 * @param tokenEndpoint the issuer's token endpoint, advertised in the SMART configuration and the
 *     CapabilityStatement; may be null
 */
public record AuthConfig(String jwks, String issuer, String audience, String tokenEndpoint) {

  public AuthConfig {
    if (jwks == null
        || jwks.isBlank()
        || issuer == null
        || issuer.isBlank()
        || audience == null
        || audience.isBlank()) {
      throw new IllegalArgumentException("access control needs a JWKS, an issuer and an audience");
    }
  }

  /** Whether the JWKS is fetched over HTTP(S) rather than read from a file. */
  public boolean jwksIsUrl() {
    return jwks.startsWith("https://") || jwks.startsWith("http://");
  }
}
