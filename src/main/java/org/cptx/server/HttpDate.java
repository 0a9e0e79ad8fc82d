package org.cptx.server;

import java.time.Instant;
import org.eclipse.jetty.http.DateGenerator;

/**
 * The HTTP {@code Date} header value: an RFC 9110 IMF-fixdate such as {@code Thu, 05 Nov 2026
 * 08:04:03 GMT}.
 */
final class HttpDate {

  private HttpDate() {}

  static String format(Instant instant) {
    return DateGenerator.formatDate(instant);
  }

  static String now() {
    return format(Instant.now());
  }
}
