package org.cptx.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptx.server.CptxServer;
import org.cptx.server.Exposure;
import org.cptx.server.ServerConfig;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deadline on a request's whole line and headers ({@code --header-timeout}, here 1 s): a sender
 * that trickles its headers, each pause far shorter than the idle timeout, is cut off at the
 * deadline, on a new connection and on a kept-alive one; a sender whose headers come in pieces but
 * in time is answered; a connection idle between requests is not cut by it.
 */
class SlowSenderTest {

  private static final long DEADLINE_MILLIS = 1_000;
  private static final String LOOKUP_LINE =
      "GET /fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383 HTTP/1.1\r\n";

  private static CptxServer server;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    server =
        CptxServer.start(
            new ServerConfig("127.0.0.1", 0, List.of(TestContent.BUILT_IN), null)
                .with(Exposure.DEFAULTS.withHeaderTimeout(DEADLINE_MILLIS)));
    base = server.fhirBase();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void aTrickledHeadIsCutOffAtTheDeadline() throws Exception {
    try (Socket socket = connect()) {
      long started = System.nanoTime();
      boolean closed = trickle(socket, LOOKUP_LINE + "Host: x\r\n", 40, 200);
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertThat(closed).as("the server closed the connection").isTrue();
      assertThat(millis).isGreaterThanOrEqualTo(DEADLINE_MILLIS).isLessThan(6_000);
    }
  }

  @Test
  void aTrickledHeadOnAKeptAliveConnectionIsCutOffToo() throws Exception {
    try (Socket socket = connect()) {
      send(socket, LOOKUP_LINE + "Host: x\r\n\r\n");
      String head = readHead(socket.getInputStream());
      assertThat(head).startsWith("HTTP/1.1 200");
      readBody(socket.getInputStream(), head);
      Thread.sleep(2 * DEADLINE_MILLIS); // idle between requests: not the head deadline's business
      boolean closed = trickle(socket, LOOKUP_LINE + "Host: x\r\n", 40, 200);
      assertThat(closed).as("the server closed the connection").isTrue();
    }
  }

  @Test
  void aHeadSentInPiecesWithinTheDeadlineIsAnswered() throws Exception {
    try (Socket socket = connect()) {
      boolean closed = trickle(socket, LOOKUP_LINE + "Host: x\r\n", 3, 150);
      assertThat(closed).isFalse();
      send(socket, "\r\n");
      assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200");
    }
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(100);
    return socket;
  }

  /**
   * Sends {@code head} then one more header line every {@code pauseMillis}, {@code lines} times;
   * true when the server closed the connection meanwhile.
   */
  private static boolean trickle(Socket socket, String head, int lines, long pauseMillis)
      throws InterruptedException {
    try {
      send(socket, head);
      for (int i = 0; i < lines; i++) {
        Thread.sleep(pauseMillis);
        if (closedByServer(socket)) {
          return true;
        }
        send(socket, "X-Slow-" + i + ": a\r\n");
      }
      return closedByServer(socket);
    } catch (IOException e) {
      return true; // a write refused: the connection was reset by the server
    }
  }

  private static boolean closedByServer(Socket socket) throws IOException {
    try {
      return socket.getInputStream().read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Reads the body of an answer sent with a Content-Length. */
  private static void readBody(InputStream in, String head) throws IOException {
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    assertThat(length.find()).as(head).isTrue();
    int left = Integer.parseInt(length.group(1));
    long deadline = System.currentTimeMillis() + 10_000;
    while (left > 0 && System.currentTimeMillis() < deadline) {
      try {
        int n = in.read(new byte[Math.min(left, 8192)]);
        if (n == -1) {
          break;
        }
        left -= n;
      } catch (SocketTimeoutException e) {
        // wait on
      }
    }
    assertThat(left).isZero();
  }

  /** The status line and headers of one answer (its body, if any, is left unread). */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!head.toString().endsWith("\r\n\r\n") && System.currentTimeMillis() < deadline) {
      try {
        int b = in.read();
        if (b == -1) {
          break;
        }
        head.append((char) b);
      } catch (SocketTimeoutException e) {
        // wait on
      }
    }
    return head.toString();
  }
}
