package org.cptx.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar serves its built-in content and web app wherever it is started: run from an
 * empty folder, it answers {@code /fhir} and {@code /}.
 */
class SelfContainedJarIT {

  static final Path JAR = Path.of("target/cptx.jar").toAbsolutePath();
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void checkPassesFromAnotherFolder(@TempDir Path elsewhere) throws Exception {
    Path log = elsewhere.resolve("check.log");
    Process check =
        new ProcessBuilder(JAVA, "-jar", JAR.toString(), "check")
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(check.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log)).contains("cptx check: OK");
  }

  @Test
  void theServerAnswersTheApiAndTheWebAppFromAnotherFolder(@TempDir Path elsewhere)
      throws Exception {
    int port = ReplicasBehindNginxIT.freePort();
    Path log = elsewhere.resolve("server.log");
    Process server =
        new ProcessBuilder(List.of(JAVA, "-jar", JAR.toString(), "--port", String.valueOf(port)))
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      String base = "http://127.0.0.1:" + port;
      HttpResponse<String> lookup =
          getWhenUp(
              base
                  + "/fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt"
                  + "&code=47383",
              log);
      assertThat(lookup.statusCode()).isEqualTo(200);
      assertThat(lookup.body()).contains("cryoablation");
      HttpResponse<String> page = get(base + "/");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<script").contains("cptx");
      assertThat(get(base + "/js/app.js").statusCode()).isEqualTo(200);
    } finally {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  private static HttpResponse<String> getWhenUp(String url, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      try {
        return get(url);
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "the jar did not answer within 90 s; its log:\n" + Files.readString(log));
        }
        Thread.sleep(200);
      }
    }
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
