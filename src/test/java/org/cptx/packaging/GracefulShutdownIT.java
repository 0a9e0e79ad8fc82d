package org.cptx.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a running {@code cptx.jar}: readiness turns false, the port refuses new connections, a
 * request in flight (a POST whose body is still arriving) finishes with 200, and the process exits
 * with 0 or 143.
 */
class GracefulShutdownIT {

  private static final String BODY_START =
      "{\"resourceType\":\"Parameters\",\"parameter\":["
          + "{\"name\":\"system\",\"valueUri\":\"http://www.ama-assn.org/go/cpt\"},";
  private static final String BODY_END = "{\"name\":\"code\",\"valueCode\":\"47383\"}]}";

  @Test
  void sigtermLetsTheRequestInFlightFinishThenExits(@TempDir Path folder) throws Exception {
    int port = ReplicasBehindNginxIT.freePort();
    Path log = folder.resolve("server.log");
    Process server =
        new ProcessBuilder(
                List.of(
                    SelfContainedJarIT.JAVA,
                    "-jar",
                    SelfContainedJarIT.JAR.toString(),
                    "--port",
                    String.valueOf(port),
                    "--shutdown-grace",
                    "20"))
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      awaitReady(port, log);
      String padding =
          " "
              .repeat(
                  40_000); // whitespace the parser skips: keeps the body's rate above the minimum
      byte[] first = (BODY_START + padding).getBytes(StandardCharsets.UTF_8);
      byte[] rest = (padding + BODY_END).getBytes(StandardCharsets.UTF_8);
      try (Socket inFlight = new Socket("127.0.0.1", port);
          Socket keptAlive = new Socket("127.0.0.1", port)) {
        inFlight.setSoTimeout(30_000);
        keptAlive.setSoTimeout(30_000);
        assertThat(exchange(keptAlive, "GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n"))
            .startsWith("HTTP/1.1 200");
        OutputStream out = inFlight.getOutputStream();
        out.write(
            ("POST /fhir/CodeSystem/$lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/fhir+json\r\n"
                    + "Content-Length: "
                    + (first.length + rest.length)
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(first);
        out.flush();
        Thread.sleep(500);

        server.destroy(); // SIGTERM
        awaitRefused(port);
        assertThat(server.isAlive()).as("waits for the request in flight").isTrue();
        String ready = readyzOrClosed(keptAlive);
        if (!ready.isEmpty()) { // Jetty may instead close the idle connection
          assertThat(ready)
              .as("/readyz on a kept-alive connection while stopping")
              .startsWith("HTTP/1.1 503");
        }

        out.write(rest);
        out.flush();
        String answer =
            new String(inFlight.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer).startsWith("HTTP/1.1 200").containsIgnoringCase("cryoablation");
      }
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(server.exitValue()).as(Files.readString(log)).isIn(0, 143);
      assertThat(Files.readString(log)).contains("stopping: not ready").contains("stopped");
    } finally {
      server.destroyForcibly();
    }
  }

  private static String readyzOrClosed(Socket socket) {
    try {
      return exchange(socket, "GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n");
    } catch (IOException closed) {
      return "";
    }
  }

  /** Sends a request on an open connection and reads the status line and headers of its answer. */
  private static String exchange(Socket socket, String request) throws IOException {
    socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        break;
      }
      head.append((char) next);
    }
    String text = head.toString();
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private static void awaitReady(int port, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(10_000);
        if (exchange(socket, "GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .startsWith("HTTP/1.1 200")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not ready within 90 s; its log:\n" + Files.readString(log));
      }
      Thread.sleep(200);
    }
  }

  private static void awaitRefused(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        Thread.sleep(50);
      } catch (ConnectException refused) {
        return;
      }
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
  }
}
