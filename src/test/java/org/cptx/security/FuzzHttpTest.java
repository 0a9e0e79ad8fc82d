package org.cptx.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the HTTP surface, loopback only, bounded in count and time: 5,000 generated bad
 * requests (query strings, JSON and XML bodies, content types, methods, paths). None may get a 5xx,
 * and every error must be an OperationOutcome with a message id.
 */
@RunningServer
class FuzzHttpTest {

  static final long SEED = 20_261_129L;
  static final int COUNT = 5_000;
  static final long BUDGET_MILLIS = 90_000;

  @Test
  void fiveThousandBadRequestsGetNoServerErrorAndAnOperationOutcome(TestServer server)
      throws Exception {
    URI base = URI.create(server.base());
    Random random = new Random(SEED);
    BadRequests bad = new BadRequests(random);
    List<String> failures = new ArrayList<>();
    long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
    int sent = 0;
    while (sent < COUNT && System.currentTimeMillis() < deadline) {
      BadRequests.Request r = bad.next();
      RawHttp.Answer a =
          RawHttp.send(
              base, r.method(), r.target(), r.headers(), r.body().getBytes(StandardCharsets.UTF_8));
      sent++;
      boolean head = r.method().equals("HEAD");
      if (a.status() >= 500 || (a.status() >= 400 && !head && !isOutcome(a.body()))) {
        failures.add(
            a.status()
                + " for "
                + r
                + ": "
                + a.body().substring(0, Math.min(200, a.body().length())));
      }
    }
    assertThat(failures).isEmpty();
    assertThat(sent).isEqualTo(COUNT);
  }

  /** An OperationOutcome with a message id. */
  static boolean isOutcome(String body) {
    return body.contains("\"resourceType\":\"OperationOutcome\"")
            && body.contains("operationoutcome-message-id")
        || body.contains("<OperationOutcome") && body.contains("operationoutcome-message-id");
  }
}
