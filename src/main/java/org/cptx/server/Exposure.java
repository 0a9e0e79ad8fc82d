package org.cptx.server;

import java.nio.file.Path;
import java.util.List;
import org.cptx.server.auth.AuthConfig;
import org.cptx.terminology.Limits;

/**
 * How a server faces its clients.
 *
 * @param maxBodyBytes the largest request body accepted
 * @param maxConcurrentRequests how many requests are worked on at once (more wait for a turn)
 * @param baseUrl the public FHIR base (e.g. {@code https://tx.example.org/fhir}), or null: the
 *     address the server is bound to (never the client's Host header)
 * @param forwardedHeaders whether {@code Forwarded} / {@code X-Forwarded-*} headers set the public
 *     address (only behind a reverse proxy that sets them)
 * @param corsOrigins the origins allowed to call the server from a browser on another site; empty:
 *     CORS off
 * @param auth the token check, or null: no access control
 * @param tlsKeystore a PKCS12 keystore to serve HTTPS with, or null for plain HTTP
 * @param tlsPassword the keystore's password
 * @param headerTimeoutMillis how long a client may take, in all, to send a request's line and
 *     headers
 */
public record Exposure(
    long maxBodyBytes,
    int maxConcurrentRequests,
    String baseUrl,
    boolean forwardedHeaders,
    List<String> corsOrigins,
    AuthConfig auth,
    Path tlsKeystore,
    String tlsPassword,
    long headerTimeoutMillis) {

  /**
   * A 2 MB body limit, 32 requests at once, no access control, address from the binding, no CORS,
   * plain HTTP.
   */
  public static final Exposure DEFAULTS =
      new Exposure(
          Limits.MAX_BODY_BYTES,
          Limits.DEFAULT_MAX_CONCURRENT_REQUESTS,
          null,
          false,
          List.of(),
          null,
          null,
          null,
          Limits.HEADER_TIMEOUT_MILLIS);

  public Exposure {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException(
          "the body limit must be at least 1024 bytes, not " + maxBodyBytes);
    }
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException("at least one request must be allowed at once");
    }
    if (headerTimeoutMillis < 100) {
      throw new IllegalArgumentException(
          "the header timeout must be at least 100 ms, not " + headerTimeoutMillis);
    }
    if (baseUrl != null && baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
  }

  public Exposure withAuth(AuthConfig other) {
    return new Exposure(
        maxBodyBytes,
        maxConcurrentRequests,
        baseUrl,
        forwardedHeaders,
        corsOrigins,
        other,
        tlsKeystore,
        tlsPassword,
        headerTimeoutMillis);
  }

  public Exposure withMaxBodyBytes(long bytes) {
    return new Exposure(
        bytes,
        maxConcurrentRequests,
        baseUrl,
        forwardedHeaders,
        corsOrigins,
        auth,
        tlsKeystore,
        tlsPassword,
        headerTimeoutMillis);
  }

  public Exposure withAddress(String base, boolean forwarded) {
    return new Exposure(
        maxBodyBytes,
        maxConcurrentRequests,
        base,
        forwarded,
        corsOrigins,
        auth,
        tlsKeystore,
        tlsPassword,
        headerTimeoutMillis);
  }

  public Exposure withCors(List<String> origins) {
    return new Exposure(
        maxBodyBytes,
        maxConcurrentRequests,
        baseUrl,
        forwardedHeaders,
        origins,
        auth,
        tlsKeystore,
        tlsPassword,
        headerTimeoutMillis);
  }

  public Exposure withMaxConcurrentRequests(int count) {
    return new Exposure(
        maxBodyBytes,
        count,
        baseUrl,
        forwardedHeaders,
        corsOrigins,
        auth,
        tlsKeystore,
        tlsPassword,
        headerTimeoutMillis);
  }

  public Exposure withTls(Path keystore, String password) {
    return new Exposure(
        maxBodyBytes,
        maxConcurrentRequests,
        baseUrl,
        forwardedHeaders,
        corsOrigins,
        auth,
        keystore,
        password,
        headerTimeoutMillis);
  }

  public Exposure withHeaderTimeout(long millis) {
    return new Exposure(
        maxBodyBytes,
        maxConcurrentRequests,
        baseUrl,
        forwardedHeaders,
        corsOrigins,
        auth,
        tlsKeystore,
        tlsPassword,
        millis);
  }
}
