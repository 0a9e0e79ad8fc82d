package org.cptx.clients;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP relay in front of cptx that keeps every request and answer passing through it: a
 * client pointed at {@link #base()} talks to cptx unchanged, and the test sees exactly what went
 * over the wire.
 */
final class TxRecorder implements AutoCloseable {

  /**
   * Headers the relay does not pass on: hop-by-hop ones, ones the HTTP client sets itself, and
   * compression.
   */
  private static final Set<String> NOT_RELAYED =
      Set.of(
          "host",
          "connection",
          "content-length",
          "expect",
          "upgrade",
          "transfer-encoding",
          "keep-alive",
          "accept-encoding",
          "te",
          "trailer");

  private final String target;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<TxExchange> exchanges = new ArrayList<>();

  /**
   * Starts relaying to {@code targetBase} (a FHIR base such as {@code http://127.0.0.1:1234/fhir}).
   */
  TxRecorder(String targetBase) throws IOException {
    this.target = targetBase.replaceAll("/+$", "");
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::relay);
    server.setExecutor(executor);
    server.start();
  }

  /** The FHIR base to give the client. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
  }

  /** Every exchange so far, in the order the answers went back. */
  synchronized List<TxExchange> exchanges() {
    return List.copyOf(exchanges);
  }

  private void relay(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath().replaceFirst("^/fhir/?", "");
      String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
      byte[] body = readAll(exchange.getRequestBody());
      HttpResponse<byte[]> response = forward(exchange, path, query, body);
      record(exchange, path, query, body, response);
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpResponse<byte[]> forward(
      HttpExchange exchange, String path, String query, byte[] body)
      throws IOException, InterruptedException {
    URI uri = URI.create(target + "/" + path + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
              }
            });
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private synchronized void record(
      HttpExchange exchange,
      String path,
      String query,
      byte[] body,
      HttpResponse<byte[]> response) {
    exchanges.add(
        new TxExchange(
            exchange.getRequestMethod(),
            path,
            query,
            exchange.getRequestHeaders().getFirst("Content-Type"),
            new String(body, StandardCharsets.UTF_8),
            response.statusCode(),
            new String(response.body(), StandardCharsets.UTF_8)));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
