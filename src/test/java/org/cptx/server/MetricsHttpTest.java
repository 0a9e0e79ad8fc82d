package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics}: the requests answered by operation and status, their durations, the content,
 * the JVM.
 */
@RunningServer
class MetricsHttpTest {

  static String metrics(TestServer server) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.base()).resolve("/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return answer.body();
  }

  static double value(String metrics, String series) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  @Test
  void requestsAreCountedByOperationAndStatus(TestServer server) throws Exception {
    String lookup = "cptx_requests_total{operation=\"$lookup\",status=\"200\"}";
    String unknown = "cptx_requests_total{operation=\"$lookup\",status=\"404\"}";
    double before = value(metrics(server), lookup);
    double unknownBefore = value(metrics(server), unknown);
    for (int i = 0; i < 3; i++) {
      assertThat(
              server
                  .get("CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383")
                  .statusCode())
          .isEqualTo(200);
    }
    assertThat(
            server
                .get("CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=99999")
                .statusCode())
        .isEqualTo(404);
    assertThat(server.get("CodeSystem/$no-such-operation").statusCode())
        .isGreaterThanOrEqualTo(400);
    String after = metrics(server);
    assertThat(value(after, lookup) - before).isEqualTo(3);
    assertThat(value(after, unknown) - unknownBefore).isEqualTo(1);
    assertThat(after).contains("cptx_requests_total{operation=\"other\"");
    assertThat(value(after, "cptx_request_duration_seconds_count{operation=\"$lookup\"}"))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theContentAndTheJvmAreMeasured(TestServer server) throws Exception {
    String metrics = metrics(server);
    assertThat(value(metrics, "cptx_code_systems")).isGreaterThan(10);
    assertThat(value(metrics, "cptx_concepts")).isGreaterThan(100);
    assertThat(metrics).contains("jvm_memory_used_bytes", "jvm_threads_current");
  }
}
