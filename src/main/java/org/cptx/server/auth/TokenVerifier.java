package org.cptx.server.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Set;

/**
 * Checks a bearer token: a signed JWT (RS256 or ES256 only, so neither {@code alg=none} nor an HMAC
 * keyed with a public key passes) whose signature a key of the JWKS verifies, from the configured
 * issuer, for the configured audience, within its {@code exp} and {@code nbf} (a minute of clock
 * skew allowed).
 */
final class TokenVerifier {

  static final int CLOCK_SKEW_SECONDS = 60;

  private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  TokenVerifier(AuthConfig config) {
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), KeySource.of(config.jwks())));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            config.audience(),
            new JWTClaimsSet.Builder().issuer(config.issuer()).build(),
            Set.of("exp"));
    claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(claims);
  }

  /** The token's claims; throws when the token is not valid, saying why. */
  JWTClaimsSet verify(String token) throws Exception {
    return processor.process(token, null);
  }
}
