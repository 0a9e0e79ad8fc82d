package org.cptx.clients;

import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A HAPI client interceptor that records every request a HAPI client sends to cptx and the status
 * it got: what a test uses to prove cptx was asked, and what a failing assertion shows.
 */
final class Exchanges implements IClientInterceptor {

  /** One request and its answer's status (0 until the answer came). */
  static final class Exchange {
    final String method;
    final String url;
    final String body;
    int status;

    Exchange(String method, String url, String body) {
      this.method = method;
      this.url = url;
      this.body = body;
    }

    /**
     * True when this request names the value: in its (decoded) query or as a quoted value in its
     * body.
     */
    boolean mentions(String value) {
      String query = URLDecoder.decode(url, StandardCharsets.UTF_8);
      return query.contains("=" + value) || body.contains("\"" + value + "\"");
    }

    boolean isTo(String path) {
      String withoutQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      return withoutQuery.endsWith("/" + path);
    }

    @Override
    public String toString() {
      return method
          + " "
          + URLDecoder.decode(url, StandardCharsets.UTF_8)
          + (body.isEmpty() ? "" : " " + body)
          + " -> "
          + status;
    }
  }

  private final List<Exchange> all = new ArrayList<>();

  @Override
  public synchronized void interceptRequest(IHttpRequest request) {
    String body;
    try {
      body = request.getRequestBodyFromStream();
    } catch (IOException e) {
      body = "(unreadable: " + e + ")";
    }
    all.add(new Exchange(request.getHttpVerbName(), request.getUri(), body == null ? "" : body));
  }

  @Override
  public synchronized void interceptResponse(IHttpResponse response) {
    if (!all.isEmpty()) {
      all.get(all.size() - 1).status = response.getStatus();
    }
  }

  synchronized List<Exchange> all() {
    return List.copyOf(all);
  }

  /** The requests to an operation or resource path, e.g. {@code CodeSystem/$validate-code}. */
  synchronized List<Exchange> to(String path) {
    return all.stream().filter(e -> e.isTo(path)).toList();
  }

  synchronized void clear() {
    all.clear();
  }

  /** Every exchange on its own line, for assertion descriptions. */
  @Override
  public synchronized String toString() {
    return all.isEmpty()
        ? "(no request)"
        : all.stream().map(Exchange::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
