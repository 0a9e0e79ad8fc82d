package org.cptx.server;

import java.time.Instant;
import org.eclipse.jetty.http.DateGenerator;

/**
 * The HTTP {@code Date} header value: an RFC 9110 IMF-fixdate such as {@code Thu, 05 Nov 2026
 * 08:04:03 GMT}.
 */
final class HttpDate {

  /** The header of the current second, formatted once for all the answers within it. */
  private record Second(long epochSecond, String header) {}

  private static volatile Second current = new Second(Long.MIN_VALUE, "");

  private HttpDate() {}

  static String format(Instant instant) {
    return DateGenerator.formatDate(instant);
  }

  static String now() {
    long second = System.currentTimeMillis() / 1000;
    Second known = current;
    if (known.epochSecond() != second) {
      known = new Second(second, format(Instant.ofEpochSecond(second)));
      current = known;
    }
    return known.header();
  }
}
