package org.cptx.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.cptx.server.CptxServer;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A running server as tests see it: its base URL, a HAPI generic client and a plain HTTP client. */
public final class TestServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
  public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base() + "/" + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
  }

  /** Any method, for the read-only checks. */
  public HttpResponse<String> method(String method, String path, String body) {
    return send(HttpRequest.newBuilder(URI.create(base() + "/" + path))
        .header("Content-Type", "application/fhir+json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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
