package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * A stop waits for requests in flight, not for clients that keep a connection open between
 * requests: with a 60 s grace, a stop with an idle kept-alive connection ends within seconds (not
 * at the idle timeout either).
 */
class StopTest {

  @Test
  void anIdleKeptAliveConnectionDoesNotHoldAStop() throws Exception {
    CptxServer server =
        CptxServer.start(
            new ServerConfig(
                "127.0.0.1",
                0,
                List.of(TestContent.BUILT_IN),
                null,
                1,
                Exposure.DEFAULTS,
                new Operation(60, AccessLogFormat.OFF)));
    URI base = server.fhirBase();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /livez HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      socket.setSoTimeout(10_000);
      String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      assertThat(status).isEqualTo("HTTP/1.1 200");
      long started = System.nanoTime();
      server.close();
      long seconds = (System.nanoTime() - started) / 1_000_000_000;
      assertThat(seconds).as("seconds the stop took").isLessThan(5);
    }
  }
}
