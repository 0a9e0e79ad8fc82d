package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.util.UrlUtil;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link QueryStrings} reads a query as HAPI's plain server reads it: the same parameters, in the
 * same order, and a failure where HAPI's reading fails, over random queries built from pieces that
 * matter (escapes good and bad, signs and non-ASCII digits in escapes, {@code +}, blanks, repeated
 * names, {@code application/} values, non-ASCII text).
 */
class QueryStringsTest {

  private static final List<String> PIECES =
      List.of(
          "a",
          "code",
          "system",
          "=",
          "=",
          "&",
          "&",
          "&&",
          " ",
          "\t",
          "+",
          "%20",
          "%2B",
          "%3D",
          "%26",
          "%C3%A9",
          "%C3",
          "%A9",
          "%E2%82",
          "%E2%82%AC",
          "%",
          "%4",
          "%zz",
          "%+1",
          "%-1",
          "%-0",
          "%\u0661\u0662",
          "application/",
          "application/fhir+json",
          "?",
          "é",
          "€",
          "_format",
          "http%3A%2F%2Fwww.ama-assn.org%2Fgo%2Fcpt",
          "47383:51",
          "x=y",
          "%00");

  @Test
  void readsRandomQueriesAsHapiDoes() {
    Random random = new Random(2026);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder query = new StringBuilder();
      int pieces = 1 + random.nextInt(10);
      for (int i = 0; i < pieces; i++) {
        query.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      compare(query.toString());
    }
  }

  @Test
  void readsTheUsualQueries() {
    compare("system=http%3A%2F%2Fwww.ama-assn.org%2Fgo%2Fcpt&code=47383&display=Liver+biopsy");
    compare("url=http://hl7.org/fhir/ValueSet/cpt-all&filter=perq%20cryo&count=20");
    compare("code=1&code=2&&code=3&_format=application/fhir+json");
    compare("?a=1");
    compare("");
  }

  @Test
  void refusesABrokenEscapeAsHapiDoes() {
    assertThatThrownBy(() -> QueryStrings.parse("code=%zz"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UrlUtil.parseQueryString("code=%zz"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void compare(String query) {
    Map<String, List<String>> hapi;
    try {
      hapi = sorted(UrlUtil.parseQueryString(query));
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> QueryStrings.parse(query))
          .as(query)
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    assertThat(sorted(QueryStrings.parse(query))).as(query).isEqualTo(hapi);
  }

  private static Map<String, List<String>> sorted(Map<String, String[]> params) {
    Map<String, List<String>> out = new TreeMap<>();
    params.forEach((name, values) -> out.put(name, List.of(values)));
    return out;
  }
}
