package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * One access log line per request on standard output, in the common log format or as JSON, with the
 * request id.
 */
@Isolated
class AccessLogsTest {

  private static String serveOneRequest(AccessLogFormat format) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (CptxServer server =
        CptxServer.start(
            new ServerConfig(
                "127.0.0.1",
                0,
                List.of(TestContent.BUILT_IN),
                null,
                100,
                null,
                new Operation(1, format)))) {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + server.port()
                              + "/fhir/CodeSystem/cpt?_format=json"))
                  .header("X-Request-Id", "log-me-1")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Thread.sleep(200); // Jetty logs once the answer is sent
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void commonLogFormatWithDurationAndRequestId() throws Exception {
    String log = serveOneRequest(AccessLogFormat.COMMON);
    assertThat(log)
        .containsPattern(
            "127\\.0\\.0\\.1 - - \\[\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000\\] "
                + "\"GET /fhir/CodeSystem/cpt\\?_format=json HTTP/1\\.1\" 200 \\d+ \\d+ log-me-1");
  }

  @Test
  void jsonLines() throws Exception {
    String log = serveOneRequest(AccessLogFormat.JSON);
    assertThat(log)
        .containsPattern(
            "\\{\"time\":\"[0-9T:.-]+Z\",\"client\":\"127\\.0\\.0\\.1\",\"method\":\"GET\","
                + "\"path\":\"/fhir/CodeSystem/cpt\\?_format=json\",\"status\":200,\"bytes\":[1-9]\\d*,\"durationMs\":\\d+,"
                + "\"requestId\":\"log-me-1\"}");
  }

  @Test
  void offWritesNothing() throws Exception {
    assertThat(serveOneRequest(AccessLogFormat.OFF)).doesNotContain("/fhir/CodeSystem/cpt");
  }
}
