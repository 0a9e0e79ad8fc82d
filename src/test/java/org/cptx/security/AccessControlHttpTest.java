package org.cptx.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.cptx.server.CptxServer;
import org.cptx.server.Exposure;
import org.cptx.server.ServerConfig;
import org.cptx.server.auth.AuthConfig;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bearer tokens minted here, with keys made here, against a server started with access control on.
 */
class AccessControlHttpTest {

  static final String ISSUER = "https://idp.invented.test/realms/cptx";
  static final String AUDIENCE = "https://tx.invented.test/fhir";
  static final String LOOKUP =
      "/fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383";

  @TempDir static Path dir;
  static RSAKey rsa;
  static ECKey ec;
  static Path jwks;
  static CptxServer server;
  static URI base;

  @BeforeAll
  static void start() throws Exception {
    rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    jwks = dir.resolve("jwks.json");
    Files.writeString(jwks, new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString());
    AuthConfig auth = new AuthConfig(jwks.toString(), ISSUER, AUDIENCE, ISSUER + "/token");
    server =
        CptxServer.start(
            new ServerConfig("127.0.0.1", 0, List.of(TestContent.BUILT_IN), TestContent.WEBAPP)
                .with(Exposure.DEFAULTS.withAuth(auth)));
    base = server.fhirBase();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static JWTClaimsSet.Builder claims(String scope) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject("client-1")
        .claim("scope", scope)
        .expirationTime(new Date(System.currentTimeMillis() + 300_000))
        .issueTime(new Date());
  }

  static String rs256(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(rsa.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(new RSASSASigner(rsa));
    return jwt.serialize();
  }

  static RawHttp.Answer get(String path, String token) throws Exception {
    return RawHttp.send(
        base,
        "GET",
        path,
        token == null ? "" : "Authorization: Bearer " + token + "\r\n",
        new byte[0]);
  }

  static void unauthorized(RawHttp.Answer a, String id) {
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.head()).contains("WWW-Authenticate: Bearer");
    assertThat(a.body()).contains("OperationOutcome").contains(id);
  }

  @Test
  void noTokenIs401WithBearerChallenge() throws Exception {
    RawHttp.Answer a = get(LOOKUP, null);
    unauthorized(a, "CPTX_TOKEN_MISSING");
    assertThat(a.head()).doesNotContain("invalid_token");
    unauthorized(get("/fhir/CodeSystem/cpt", null), "CPTX_TOKEN_MISSING");
  }

  @Test
  void validTokensWithScopesAreServed() throws Exception {
    for (String scope :
        List.of(
            "system/CodeSystem.read",
            "system/*.read",
            "user/CodeSystem.read",
            "system/CodeSystem.rs",
            "openid system/*.rs")) {
      assertThat(get(LOOKUP, rs256(claims(scope).build())).status()).as(scope).isEqualTo(200);
    }
    SignedJWT es =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ec.getKeyID()).build(),
            claims("system/ValueSet.read").build());
    es.sign(new ECDSASigner(ec));
    RawHttp.Answer expand =
        get(
            "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/ValueSet/cpt-all&count=1",
            es.serialize());
    assertThat(expand.status()).isEqualTo(200);
  }

  @Test
  void aTokenWithoutTheScopeIs403() throws Exception {
    for (String scope :
        List.of(
            "system/ValueSet.read",
            "system/CodeSystem.write",
            "system/CodeSystem.c",
            "patient/Patient.read",
            "")) {
      RawHttp.Answer a = get(LOOKUP, rs256(claims(scope).build()));
      assertThat(a.status()).as(scope).isEqualTo(403);
      assertThat(a.body()).contains("CPTX_SCOPE_MISSING");
    }
  }

  @Test
  void badTokensAre401InvalidToken() throws Exception {
    long now = System.currentTimeMillis();
    List<String> bad =
        List.of(
            "not.a.jwt",
            rs256(claims("system/*.read").issuer("https://other.test").build()),
            rs256(claims("system/*.read").audience("https://other.test").build()),
            rs256(claims("system/*.read").expirationTime(new Date(now - 600_000)).build()),
            rs256(claims("system/*.read").notBeforeTime(new Date(now + 600_000)).build()),
            rs256(
                new JWTClaimsSet.Builder(claims("system/*.read").build())
                    .expirationTime(null)
                    .build()),
            new PlainJWT(claims("system/*.read").build()).serialize(),
            hmacWithPublicKey(),
            tampered(),
            foreignKey());
    for (String token : bad) {
      RawHttp.Answer a = get(LOOKUP, token);
      unauthorized(a, "CPTX_TOKEN_INVALID");
      assertThat(a.head()).contains("error=\"invalid_token\"");
    }
  }

  @Test
  void clockSkewOfAFewSecondsIsAllowed() throws Exception {
    String token =
        rs256(
            claims("system/*.read")
                .expirationTime(new Date(System.currentTimeMillis() - 5_000))
                .build());
    assertThat(get(LOOKUP, token).status()).isEqualTo(200);
  }

  @Test
  void aNewKeyInTheJwksFileIsPickedUpForAnUnknownKid() throws Exception {
    RSAKey rotated = new RSAKeyGenerator(2048).keyID("rsa-2").generate();
    Files.writeString(
        jwks,
        new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK(), rotated.toPublicJWK())).toString());
    Thread.sleep(5_200);
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-2").build(),
            claims("system/*.read").build());
    jwt.sign(new RSASSASigner(rotated));
    assertThat(get(LOOKUP, jwt.serialize()).status()).isEqualTo(200);
  }

  @Test
  void metadataSmartConfigurationHealthAndWebAppAreOpen() throws Exception {
    RawHttp.Answer metadata = get("/fhir/metadata", null);
    assertThat(metadata.status()).isEqualTo(200);
    assertThat(metadata.body())
        .contains("\"security\"")
        .contains("\"cors\":false")
        .contains("SMART-on-FHIR")
        .contains("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
    for (String path :
        List.of("/.well-known/smart-configuration", "/fhir/.well-known/smart-configuration")) {
      RawHttp.Answer smart = get(path, null);
      assertThat(smart.status()).isEqualTo(200);
      assertThat(smart.body())
          .contains("\"issuer\":\"" + ISSUER + "\"")
          .contains("\"token_endpoint\"")
          .contains("system/CodeSystem.read");
    }
    assertThat(get("/health", null).status()).isEqualTo(200);
    assertThat(get("/livez", null).status()).isEqualTo(200);
    assertThat(get("/readyz", null).body()).isEqualTo("{\"status\":\"ready\"}");
    assertThat(get("/", null).status()).isEqualTo(200);
    assertThat(get("/js/token.js", null).status()).isEqualTo(200);
  }

  static String hmacWithPublicKey() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(rsa.getKeyID()).build(),
            claims("system/*.read").build());
    byte[] secret = rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  static String tampered() throws Exception {
    String[] parts = rs256(claims("system/ValueSet.read").build()).split("\\.");
    String payload = Base64URL.encode(claims("system/*.read").build().toString()).toString();
    return parts[0] + "." + payload + "." + parts[2];
  }

  static String foreignKey() throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).keyID(rsa.getKeyID()).generate();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).build(),
            claims("system/*.read").build());
    jwt.sign(new RSASSASigner(other));
    return jwt.serialize();
  }
}
