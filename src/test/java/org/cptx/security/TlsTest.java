package org.cptx.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.cptx.server.CptxServer;
import org.cptx.server.Exposure;
import org.cptx.server.ServerConfig;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS from a PKCS12 keystore ({@code --tls-keystore}): made with the JDK's keytool, trusted by
 * the client here.
 */
class TlsTest {

  static final String PASSWORD = "invented-test-password";

  @Test
  void theServerAnswersOverHttpsWithItsKeystore(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("cptx.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "cptx",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue())
        .as(new String(keytool.getInputStream().readAllBytes()))
        .isZero();
    try (CptxServer server =
        CptxServer.start(
            new ServerConfig("127.0.0.1", 0, List.of(TestContent.BUILT_IN), null)
                .with(Exposure.DEFAULTS.withTls(keystore, PASSWORD)))) {
      assertThat(server.fhirBase().getScheme()).isEqualTo("https");
      HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(
                      server
                          .fhirBase()
                          .resolve(
                              "/fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383"))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("cryoablation");
    }
  }

  static SSLContext trusting(Path keystore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
