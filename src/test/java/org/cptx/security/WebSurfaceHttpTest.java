package org.cptx.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cptx.server.CptxServer;
import org.cptx.server.Exposure;
import org.cptx.server.ServerConfig;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web app folder (no symlinks followed, no listings), the public base URL, and CORS. */
class WebSurfaceHttpTest {

  @TempDir Path dir;

  @Test
  void noSymlinkIsFollowedAndNoDirectoryListed() throws Exception {
    Path web = Files.createDirectories(dir.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<p>invented</p>");
    Files.createDirectories(web.resolve("sub"));
    Files.writeString(dir.resolve("secret.txt"), "outside");
    Files.createSymbolicLink(web.resolve("link.txt"), dir.resolve("secret.txt"));
    Files.createSymbolicLink(web.resolve("up"), dir);
    try (CptxServer server =
        CptxServer.start(new ServerConfig("127.0.0.1", 0, List.of(TestContent.BUILT_IN), web))) {
      URI base = server.fhirBase();
      assertThat(RawHttp.send(base, "GET", "/index.html", "", new byte[0]).status()).isEqualTo(200);
      for (String path : List.of("/link.txt", "/up/secret.txt", "/sub/", "/up/")) {
        RawHttp.Answer a = RawHttp.send(base, "GET", path, "", new byte[0]);
        assertThat(a.status()).as(path).isIn(403, 404);
        assertThat(a.body()).doesNotContain("outside").doesNotContain("secret.txt");
      }
    }
  }

  @Test
  void baseUrlAndForwardedHeadersAndCorsAllowList() throws Exception {
    Exposure exposure =
        Exposure.DEFAULTS
            .withAddress("https://tx.invented.test/fhir", false)
            .withCors(List.of("https://app.invented.test"));
    try (CptxServer server =
        CptxServer.start(
            new ServerConfig("127.0.0.1", 0, List.of(TestContent.BUILT_IN), null).with(exposure))) {
      URI base = server.fhirBase();
      RawHttp.Answer metadata =
          RawHttp.send(base, "GET", "/fhir/metadata", "Host: evil.example\r\n", new byte[0]);
      assertThat(metadata.body()).contains("https://tx.invented.test/fhir").doesNotContain("evil");
      assertThat(metadata.body()).as("rest.security.cors").contains("\"cors\":true");
      RawHttp.Answer allowed =
          RawHttp.send(
              base, "GET", "/fhir/metadata", "Origin: https://app.invented.test\r\n", new byte[0]);
      assertThat(allowed.head()).contains("Access-Control-Allow-Origin: https://app.invented.test");
      RawHttp.Answer other =
          RawHttp.send(
              base, "GET", "/fhir/metadata", "Origin: https://evil.example\r\n", new byte[0]);
      assertThat(other.head()).doesNotContain("Access-Control-Allow-Origin");
    }
    try (CptxServer server =
        CptxServer.start(
            new ServerConfig("127.0.0.1", 0, List.of(TestContent.BUILT_IN), null)
                .with(Exposure.DEFAULTS.withAddress(null, true)))) {
      RawHttp.Answer a =
          RawHttp.send(
              server.fhirBase(),
              "GET",
              "/fhir/metadata",
              "X-Forwarded-Proto: https\r\nX-Forwarded-Host: proxy.invented.test\r\n",
              new byte[0]);
      assertThat(a.body()).contains("https://proxy.invented.test/fhir");
      assertThat(a.body()).as("no CORS, no auth: no rest.security").doesNotContain("\"cors\"");
    }
  }
}
