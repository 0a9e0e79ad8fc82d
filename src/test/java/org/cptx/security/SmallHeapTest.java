package org.cptx.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The heavy cases against a server in a child JVM with a 256 MB heap: all refused cleanly, and it
 * still answers.
 */
class SmallHeapTest {

  @Test
  void heavyCasesWithin256MegabytesOfHeap() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.cptx.Main",
                "--port",
                String.valueOf(port),
                "--host",
                "127.0.0.1")
            .redirectErrorStream(true)
            .start();
    try {
      waitForListening(child);
      URI base = URI.create("http://127.0.0.1:" + port + "/fhir");
      List<CompletableFuture<Integer>> big = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        big.add(
            CompletableFuture.supplyAsync(
                () -> HardeningHttpTest.hugeBody(base, 14 * 1024 * 1024)));
      }
      for (CompletableFuture<Integer> f : big) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(413);
      }
      for (int i = 0; i < 8; i++) {
        RawHttp.Answer a =
            RawHttp.send(
                base,
                "POST",
                "/fhir/ValueSet/$expand",
                HardeningHttpTest.JSON,
                HardeningHttpTest.bytes(
                    "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"count\","
                        + "\"valueInteger\":1e99999999},"
                        + "{\"name\":\"filter\",\"valueString\":\""
                        + "a".repeat(1_500_000)
                        + "\"}]}"));
        assertThat(a.status()).isEqualTo(400);
      }
      RawHttp.Answer lookup = RawHttp.send(base, "GET", HardeningHttpTest.LOOKUP, "", new byte[0]);
      assertThat(lookup.status()).isEqualTo(200);
      assertThat(child.isAlive()).isTrue();
    } finally {
      child.destroy();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void waitForListening(Process child) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.currentTimeMillis() + 60_000;
    String line;
    while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
      if (line.contains("listening on")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return;
      }
    }
    throw new IllegalStateException("the child server did not start");
  }
}
