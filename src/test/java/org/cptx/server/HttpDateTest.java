package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDateTest {

  @Test
  void dayOfMonthHasTwoDigits() {
    // RFC 9110 IMF-fixdate: day = 2DIGIT (RFC_1123_DATE_TIME would give "Thu, 5 Nov 2026")
    assertThat(HttpDate.format(Instant.parse("2026-11-05T08:04:03Z")))
        .isEqualTo("Thu, 05 Nov 2026 08:04:03 GMT");
    assertThat(HttpDate.format(Instant.parse("2026-11-25T13:34:01Z")))
        .isEqualTo("Wed, 25 Nov 2026 13:34:01 GMT");
  }
}
