package org.cptx.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection that sends the same GET again and again: a small client that
 * costs little CPU, so that most of the shared cores go to the server under test. Reads bodies
 * framed by Content-Length or chunked.
 */
final class RawHttpConnection implements AutoCloseable {

  /** One answer: status, Content-Type (or null) and body. */
  record Response(int status, String contentType, byte[] body) {}

  private static final int TIMEOUT_MILLIS = 10_000;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final byte[] request;
  private final String hostHeader;
  private final byte[] buf = new byte[16 * 1024];
  private int pos;
  private int limit;
  private boolean closeAfter;

  RawHttpConnection(String host, int port, String pathAndQuery) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    hostHeader = host + ":" + port;
    request = request(pathAndQuery);
  }

  private byte[] request(String pathAndQuery) {
    return ("GET "
            + pathAndQuery
            + " HTTP/1.1\r\nHost: "
            + hostHeader
            + "\r\nAccept: application/fhir+json\r\nUser-Agent: cptx-bench\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends the GET this connection was opened with and reads the whole answer. */
  Response get() throws IOException {
    return send(request);
  }

  /** Sends a GET of another path and query (already URL-encoded) and reads the whole answer. */
  Response get(String pathAndQuery) throws IOException {
    return send(request(pathAndQuery));
  }

  private Response send(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    String statusLine = readLine();
    if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    String contentType = null;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      String name = colon < 0 ? line : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : line.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "content-type" -> contentType = value;
        case "connection" -> closeAfter = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    byte[] body = chunked ? readChunked() : readBytes(Math.max(0, length));
    return new Response(status, contentType, body);
  }

  /** True when the server said it will close the connection after the last answer. */
  boolean closing() {
    return closeAfter;
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine();
      int semicolon = sizeLine.indexOf(';');
      int size =
          Integer.parseInt(
              (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        while (!readLine().isEmpty()) {
          // trailers: ignored
        }
        return body.toByteArray();
      }
      body.writeBytes(readBytes(size));
      readLine();
    }
  }

  private byte[] readBytes(long length) throws IOException {
    if (length > 64L * 1024 * 1024) {
      throw new IOException("body too large: " + length);
    }
    byte[] body = new byte[(int) length];
    int done = 0;
    while (done < body.length) {
      fill();
      int n = Math.min(limit - pos, body.length - done);
      System.arraycopy(buf, pos, body, done, n);
      pos += n;
      done += n;
    }
    return body;
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      fill();
      byte b = buf[pos++];
      if (b == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r'
            ? line.substring(0, end - 1)
            : line.toString();
      }
      line.append((char) (b & 0xff));
      if (line.length() > 16 * 1024) {
        throw new IOException("header line too long");
      }
    }
  }

  private void fill() throws IOException {
    if (pos < limit) {
      return;
    }
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      throw new EOFException("connection closed by the server");
    }
    pos = 0;
    limit = n;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
