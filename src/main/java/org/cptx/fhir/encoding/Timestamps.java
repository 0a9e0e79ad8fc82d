package org.cptx.fhir.encoding;

import java.util.Date;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * The current time as an expansion's {@code timestamp}: what HAPI writes for {@code new
 * DateTimeType(new Date())} (to the second, in the server's time zone), formatted once a second.
 */
final class Timestamps {

  private record Second(long epochSecond, String text) {}

  private static volatile Second current = new Second(Long.MIN_VALUE, "");

  private Timestamps() {}

  static String now() {
    long second = Math.floorDiv(System.currentTimeMillis(), 1000);
    Second known = current;
    if (known.epochSecond() != second) {
      known = new Second(second, new DateTimeType(new Date(second * 1000)).getValueAsString());
      current = known;
    }
    return known.text();
  }
}
