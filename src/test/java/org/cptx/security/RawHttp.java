package org.cptx.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket to a loopback server, exactly as written (bad input
 * included).
 */
final class RawHttp {

  record Answer(int status, String head, String body) {}

  private RawHttp() {}

  static Answer send(URI base, String method, String target, String headers, byte[] body)
      throws IOException {
    if (!base.getHost().startsWith("127.")) {
      throw new IllegalArgumentException("loopback only");
    }
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      String host =
          headers.startsWith("Host:")
              ? ""
              : "Host: " + base.getHost() + ":" + base.getPort() + "\r\n";
      String head =
          method
              + " "
              + target
              + " HTTP/1.1\r\n"
              + host
              + "Connection: close\r\n"
              + headers
              + "Content-Length: "
              + body.length
              + "\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  static Answer read(InputStream in) throws IOException {
    String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int split = answer.indexOf("\r\n\r\n");
    String head = split < 0 ? answer : answer.substring(0, split);
    String body = split < 0 ? "" : answer.substring(split + 4);
    return new Answer(Integer.parseInt(answer.substring(9, 12)), head, body);
  }
}
