package org.cptx.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cptx.server.CptxServer;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A running server as tests see it: its base URL, a HAPI generic client and a plain HTTP client.
 */
public final class TestServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final CptxServer server;

  TestServer(CptxServer server) {
    this.server = server;
  }

  public String base() {
    return server.fhirBase().toString();
  }

  /** A HAPI FHIR generic client, as a real FHIR client would use the server. */
  public IGenericClient client() {
    FhirContext ctx = FhirContext.forR4Cached();
    ctx.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    return ctx.newRestfulGenericClient(base());
  }

  /** GET base + path (path starts with the resource type, e.g. {@code CodeSystem/$lookup?...}). */
  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base() + "/" + path)).GET(), headers);
  }

  /** POST a body to base + path with the given content type. */
  public HttpResponse<String> post(
      String path, String contentType, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + "/" + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  /** Any method, for the read-only checks. */
  public HttpResponse<String> method(String method, String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + "/" + path))
            .header("Content-Type", "application/fhir+json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The status and body of a {@link #rawGet}. */
  public record RawResponse(int status, String body) {}

  /**
   * GET base + path exactly as written, over a plain socket: for characters such as a bare {@code
   * |} or {@code \} that Java's URI refuses but a client may still send.
   */
  public RawResponse rawGet(String path) {
    URI base = server.fhirBase();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      String request =
          "GET "
              + base.getPath()
              + "/"
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nAccept: application/fhir+json\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(answer.substring(9, 12));
      int bodyAt = answer.indexOf("\r\n\r\n");
      return new RawResponse(status, bodyAt < 0 ? "" : answer.substring(bodyAt + 4));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(
          builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
