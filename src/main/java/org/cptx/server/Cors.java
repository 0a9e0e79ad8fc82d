package org.cptx.server;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * Cross-origin access: off unless origins are listed; then those origins only, for reads and
 * operations.
 */
final class Cors {

  private Cors() {}

  static Handler wrap(Handler handler, List<String> origins) {
    if (origins.isEmpty()) {
      return handler;
    }
    CrossOriginHandler cors = new CrossOriginHandler();
    cors.setAllowedOriginPatterns(Set.copyOf(origins.stream().map(Cors::pattern).toList()));
    cors.setAllowedMethods(Set.of("GET", "HEAD", "POST"));
    cors.setAllowedHeaders(
        Set.of("Authorization", "Content-Type", "Accept", "Prefer", "Accept-Language"));
    cors.setExposedHeaders(Set.of("Content-Location", "Location", "WWW-Authenticate"));
    cors.setAllowCredentials(false);
    cors.setPreflightMaxAge(Duration.ofMinutes(10));
    cors.setHandler(handler);
    return cors;
  }

  /** An exact origin as a regular expression (Jetty matches origins against patterns). */
  private static String pattern(String origin) {
    return java.util.regex.Pattern.quote(
        origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
  }
}
