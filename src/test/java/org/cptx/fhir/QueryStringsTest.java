package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.util.UrlUtil;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link QueryStrings#parse} gives what HAPI's {@code UrlUtil.parseQueryString} gives. */
class QueryStringsTest {

  private static final List<String> PIECES =
      List.of(
          "system",
          "code",
          "display",
          "_format",
          "url",
          "=",
          "=",
          "&",
          "&",
          "&&",
          "?",
          "a",
          "47383",
          "http%3A%2F%2Fwww.ama-assn.org%2Fgo%2Fcpt",
          "%20",
          "%2B",
          "+",
          " ",
          "\t",
          "%41%42",
          "%C3%A9",
          "%E2%9C%93",
          "%c3",
          "%zz",
          "%",
          "%4",
          "%-1",
          "%+1",
          "%٣٣",
          "é",
          "✓",
          "application/fhir+json",
          "application/x%2Bjson",
          "Synthetic%20procedure%2067016%20%28x%29",
          "%00",
          "%7F",
          "%80",
          "%FF",
          "%3D",
          "%26",
          "x=y=z");

  @Test
  void sameAsHapiOverRandomQueries() {
    Random random = new Random(14);
    for (int n = 0; n < 20000; n++) {
      StringBuilder query = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        query.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String q = query.toString();
      assertThat(outcome(() -> QueryStrings.parse(q))).as(q).isEqualTo(outcome(() -> hapi(q)));
    }
  }

  @Test
  void sameAsHapiForTheBenchmarksQueries() {
    for (String q :
        List.of(
            "system=http%3A%2F%2Fwww.ama-assn.org%2Fgo%2Fcpt&version=2025&code=47383",
            "url=http%3A%2F%2Fwww.ama-assn.org%2Fgo%2Fcpt&code=67016&display=Synthetic%20procedure",
            "?code=a&code=b&code=",
            "_format=application/fhir+json&code=a+b")) {
      assertThat(outcome(() -> QueryStrings.parse(q))).as(q).isEqualTo(outcome(() -> hapi(q)));
    }
  }

  private static Map<String, String[]> hapi(String query) {
    return UrlUtil.parseQueryString(query);
  }

  /** The parsed query, names sorted and values listed; or the exception's class. */
  private static Object outcome(java.util.function.Supplier<Map<String, String[]>> parse) {
    try {
      Map<String, List<String>> out = new TreeMap<>();
      parse.get().forEach((name, values) -> out.put(name, List.of(values)));
      return out;
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }
}
