package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.RequestMessages;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestLimitFilter#queryProblem}, which looks at %-escapes without decoding them, finds
 * what decoding every pair finds, over random queries full of escapes good and bad.
 */
class QueryProblemTest {

  private static final List<String> PIECES =
      List.of(
          "a", "code", "=", "=", "&", "&", "%", "%2", "%20", "%3A", "%2F", "%00", "%1F", "%7F",
          "%7f", "%09", "%0A", "%0d", "%+1", "%-1", "%zz", "%C3%A9", "%E2%9C", "+", "\t", "\u0001",
          "\u007f", "é", "_format", "47383", "%5F", "%%", "x%");

  @Test
  void findsWhatDecodingFinds() {
    Random random = new Random(14);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder query = new StringBuilder();
      int pieces = 1 + random.nextInt(8);
      for (int i = 0; i < pieces; i++) {
        query.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String q = query.toString();
      assertThat(RequestLimitFilter.queryProblem(q)).as(q).isEqualTo(decoded(q));
    }
  }

  @Test
  void countsPairsAsBefore() {
    String many = "a=1&".repeat(Limits.MAX_PARAMETERS) + "b=2";
    assertThat(RequestLimitFilter.queryProblem(many)).isEqualTo(decoded(many));
    String exactly = "a=1&".repeat(Limits.MAX_PARAMETERS - 1) + "b=2";
    assertThat(RequestLimitFilter.queryProblem(exactly)).isNull();
    String trailing = "a=1&".repeat(Limits.MAX_PARAMETERS);
    assertThat(RequestLimitFilter.queryProblem(trailing)).isEqualTo(decoded(trailing));
  }

  /** The check as it was: every pair decoded. */
  private static Issue decoded(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    String[] pairs = query.split("&", Limits.MAX_PARAMETERS + 2);
    if (pairs.length > Limits.MAX_PARAMETERS) {
      return RequestMessages.tooManyQueryParameters(query.split("&").length);
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return RequestMessages.badQuery("a malformed %-escape in '" + pair + "'");
      }
      if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        return RequestMessages.badQuery(
            "a parameter has an empty name or one with control characters");
      }
      if (value
          .chars()
          .anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)) {
        return RequestMessages.badQuery("the value of '" + name + "' holds control characters");
      }
    }
    return null;
  }
}
