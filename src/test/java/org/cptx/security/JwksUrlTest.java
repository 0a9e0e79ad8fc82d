package org.cptx.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.cptx.server.CptxServer;
import org.cptx.server.Exposure;
import org.cptx.server.ServerConfig;
import org.cptx.server.auth.AuthConfig;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * Signing keys from a JWKS URL (an identity provider's, here a loopback stand-in): fetched when a
 * token comes, and fetched again when a token names a key that is not in the set (the provider
 * rotated its keys).
 */
class JwksUrlTest {

  @Test
  void keysComeFromTheUrlAndARotatedKeyIsFetched() throws Exception {
    RSAKey first = new RSAKeyGenerator(2048).keyID("url-1").generate();
    RSAKey rotated = new RSAKeyGenerator(2048).keyID("url-2").generate();
    AtomicReference<String> served =
        new AtomicReference<>(new JWKSet(first.toPublicJWK()).toString());
    AtomicInteger fetches = new AtomicInteger();
    HttpServer idp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    idp.createContext(
        "/jwks",
        exchange -> {
          fetches.incrementAndGet();
          byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    idp.start();
    String url = "http://127.0.0.1:" + idp.getAddress().getPort() + "/jwks";
    AuthConfig auth =
        new AuthConfig(url, AccessControlHttpTest.ISSUER, AccessControlHttpTest.AUDIENCE, null);
    try (CptxServer server =
        CptxServer.start(
            new ServerConfig("127.0.0.1", 0, List.of(TestContent.BUILT_IN), null)
                .with(Exposure.DEFAULTS.withAuth(auth)))) {
      assertThat(lookup(server, sign(first))).isEqualTo(200);
      assertThat(fetches.get()).isGreaterThanOrEqualTo(1);
      served.set(new JWKSet(List.of(first.toPublicJWK(), rotated.toPublicJWK())).toString());
      assertThat(lookup(server, sign(rotated)))
          .as("a token signed with the rotated key")
          .isEqualTo(200);
      assertThat(lookup(server, sign(new RSAKeyGenerator(2048).keyID("url-1").generate())))
          .as("a key the provider never published, under a known id")
          .isEqualTo(401);
    } finally {
      idp.stop(0);
    }
  }

  static String sign(RSAKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            AccessControlHttpTest.claims("system/CodeSystem.read").build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  static int lookup(CptxServer server, String token) throws Exception {
    return RawHttp.send(
            server.fhirBase(),
            "GET",
            AccessControlHttpTest.LOOKUP,
            "Authorization: Bearer " + token + "\r\n",
            new byte[0])
        .status();
  }
}
