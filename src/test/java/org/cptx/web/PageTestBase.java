package org.cptx.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.cptx.server.CptxServer;
import org.cptx.server.Exposure;
import org.cptx.server.ServerConfig;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A server for the page tests: the shipped content, the synthetic test code systems, and two
 * synthetic CPT releases ({@code 2023-synthetic}, {@code 2024-synthetic}, older than the shipped
 * 2025, with a deleted-code map) so that release changes have two versions to compare. Skipped
 * where Chromium is not installed.
 */
abstract class PageTestBase {

  static final Path RELEASES = Path.of("src/test/resources/content/webapp-releases");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static CptxServer server;
  static Browser browser;
  static String root;

  @BeforeAll
  static void start() throws Exception {
    if (!Browser.installed()) {
      return;
    }
    // CORS on for another site: the CapabilityStatement then has a rest.security that names no
    // token service, and the home page must still say the server is open
    server =
        CptxServer.start(
            new ServerConfig(
                    "127.0.0.1",
                    0,
                    List.of(TestContent.BUILT_IN, TestContent.SYNTHETIC, RELEASES),
                    TestContent.WEBAPP)
                .with(Exposure.DEFAULTS.withCors(List.of("https://app.invented.test"))));
    root = server.fhirBase().toString().replaceFirst("/fhir$", "/");
    browser = Browser.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @BeforeEach
  void desktop() {
    Assumptions.assumeTrue(
        Browser.installed(),
        "browser test skipped: no "
            + Browser.CHROMIUM
            + " or "
            + Browser.CHROMEDRIVER
            + "; install Debian's packages with: apt-get install -y chromium chromium-driver");
    browser.blockFhir(false);
    browser.latency(0);
    browser.driver.manage().window().setSize(Browser.DESKTOP);
  }

  static void open(String query) {
    browser.driver.get(root + query);
  }

  /** GET on the FHIR base, as any client would: the answers the pages must show. */
  static String fhirGet(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.fhirBase() + "/" + path))
                .header("Accept", "application/fhir+json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.body();
  }
}
