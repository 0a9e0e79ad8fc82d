package org.cptx.server;

import java.time.Instant;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * The HTTP {@code Date} header value: an RFC 9110 IMF-fixdate such as {@code Thu, 05 Nov 2026
 * 08:04:03 GMT}.
 */
final class HttpDate {

  /** The header of the current second, formatted once for all the answers within it. */
  private record Second(long epochSecond, String header, HttpField field) {}

  private static volatile Second current = new Second(Long.MIN_VALUE, "", null);

  private HttpDate() {}

  static String format(Instant instant) {
    return DateGenerator.formatDate(instant);
  }

  static String now() {
    return second().header();
  }

  /** The Date header of the current second, encoded once. */
  static HttpField field() {
    return second().field();
  }

  private static Second second() {
    long second = System.currentTimeMillis() / 1000;
    Second known = current;
    if (known.epochSecond() != second) {
      String header = format(Instant.ofEpochSecond(second));
      known = new Second(second, header, new PreEncodedHttpField(HttpHeader.DATE, header));
      current = known;
    }
    return known;
  }
}
