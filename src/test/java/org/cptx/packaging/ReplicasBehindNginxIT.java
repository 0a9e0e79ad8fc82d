package org.cptx.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three cptx replicas behind Debian's nginx with deploy/nginx/cptx.conf, under a bounded mixed load
 * (loopback only): one replica stopped with SIGTERM and started again (a rolling restart), another
 * killed with SIGKILL (a crash); no client request fails, and the replicas answer the same request
 * with the same content.
 */
class ReplicasBehindNginxIT {

  static final Path NGINX = Path.of("/usr/sbin/nginx");
  static final Path CONF = Path.of("deploy/nginx/cptx.conf");
  static final String CPT = "http://www.ama-assn.org/go/cpt";
  static final List<String> REQUESTS =
      List.of(
          "/fhir/CodeSystem/$lookup?system=" + CPT + "&code=47383",
          "/fhir/CodeSystem/$validate-code?url=" + CPT + "&code=47383:51",
          "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/ValueSet/cpt-modifiers",
          "/fhir/CodeSystem/$lookup?system=" + CPT + "&code=51");
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void noRequestFailsThroughARollingRestartAndACrash(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(NGINX), "Debian's nginx is not installed (.ci/run installs it)");
    List<Replica> replicas = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      replicas.add(Replica.start(dir.resolve("replica-" + i)));
    }
    Process nginx = null;
    try {
      for (Replica r : replicas) {
        r.awaitUp();
      }
      assertSameAnswers(replicas);
      int port = freePort();
      nginx = startNginx(dir.resolve("nginx"), port, replicas);
      String front = "http://127.0.0.1:" + port;
      awaitAnswer(front + REQUESTS.get(0));
      Load load = new Load(front);
      load.start(4);
      Thread.sleep(2_000);
      replicas.get(0).process.destroy(); // SIGTERM: a rolling restart's stop
      replicas.get(0).process.waitFor(40, TimeUnit.SECONDS);
      replicas.set(0, Replica.start(dir.resolve("replica-0b"), replicas.get(0).port));
      replicas.get(0).awaitUp();
      Thread.sleep(1_000);
      replicas.get(1).process.destroyForcibly(); // SIGKILL: a crash
      Thread.sleep(3_000);
      load.stop();
      System.out.printf(
          "cptx replicas: %d requests through nginx, %d failed, across a SIGTERM restart and a SIGKILL%n",
          load.done.get(), load.failures.size());
      assertThat(load.failures).as("failed client requests").isEmpty();
      assertThat(load.done.get()).as("requests answered").isGreaterThan(100);
    } finally {
      if (nginx != null) {
        nginx.destroy();
        nginx.waitFor(10, TimeUnit.SECONDS);
      }
      replicas.forEach(r -> r.process.destroyForcibly());
    }
  }

  /**
   * Each request asked of every replica directly: the same answer (an expansion's id and time
   * aside).
   */
  private static void assertSameAnswers(List<Replica> replicas) throws Exception {
    for (String request : REQUESTS) {
      List<String> answers = new ArrayList<>();
      for (Replica r : replicas) {
        answers.add(comparable(get("http://127.0.0.1:" + r.port + request).body()));
      }
      assertThat(answers).as(request).containsOnly(answers.get(0));
    }
  }

  private static String comparable(String body) {
    return body.replaceAll("\"identifier\":\"urn:uuid:[0-9a-f-]+\"", "")
        .replaceAll("\"timestamp\":\"[^\"]+\"", "");
  }

  private static Process startNginx(Path dir, int port, List<Replica> replicas) throws IOException {
    Files.createDirectories(dir.resolve("logs"));
    String site = Files.readString(CONF).replace("listen 80;", "listen 127.0.0.1:" + port + ";");
    for (int i = 0; i < replicas.size(); i++) {
      site = site.replace("127.0.0.1:808" + (i + 1), "127.0.0.1:" + replicas.get(i).port);
    }
    Files.writeString(dir.resolve("cptx.conf"), site);
    Files.writeString(
        dir.resolve("nginx.conf"),
        "daemon off;\nworker_processes 1;\npid "
            + dir.resolve("nginx.pid")
            + ";\nerror_log "
            + dir.resolve("logs/error.log")
            + ";\nevents { worker_connections 256; }\nhttp {\n"
            + "  access_log off;\n  client_body_temp_path "
            + dir
            + "/body;\n  proxy_temp_path "
            + dir
            + "/proxy;\n"
            + "  include "
            + dir.resolve("cptx.conf")
            + ";\n}\n");
    return new ProcessBuilder(
            NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("logs/stdout.log").toFile())
        .start();
  }

  private static void awaitAnswer(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        if (get(url).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no answer from " + url);
      }
      Thread.sleep(100);
    }
  }

  static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** One cptx process running the packaged jar. */
  record Replica(Process process, int port) {

    static Replica start(Path dir) throws IOException {
      return start(dir, freePort());
    }

    static Replica start(Path dir, int port) throws IOException {
      Files.createDirectories(dir);
      Process p =
          new ProcessBuilder(
                  SelfContainedJarIT.JAVA,
                  "-Xmx256m",
                  "-jar",
                  SelfContainedJarIT.JAR.toString(),
                  "--port",
                  String.valueOf(port))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("server.log").toFile())
              .start();
      return new Replica(p, port);
    }

    void awaitUp() throws Exception {
      awaitAnswer("http://127.0.0.1:" + port + REQUESTS.get(0));
    }
  }

  /**
   * Client threads sending the mixed requests through nginx until stopped; every failure is kept.
   */
  static final class Load {
    final String front;
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final AtomicInteger done = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    Load(String front) {
      this.front = front;
    }

    void start(int clients) {
      for (int c = 0; c < clients; c++) {
        int offset = c;
        Thread t = new Thread(() -> run(offset));
        threads.add(t);
        t.start();
      }
    }

    private void run(int offset) {
      // bounded: at most 20,000 requests per client, and stopped by the test after a few seconds
      for (int i = offset; running && i < 20_000 + offset; i++) {
        String request = REQUESTS.get(i % REQUESTS.size());
        try {
          HttpResponse<String> answer = get(front + request);
          if (answer.statusCode() != 200) {
            failures.add(answer.statusCode() + " " + request);
          }
          done.incrementAndGet();
        } catch (IOException | InterruptedException e) {
          failures.add(e + " " + request);
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      for (Thread t : threads) {
        t.join(60_000);
      }
    }
  }
}
