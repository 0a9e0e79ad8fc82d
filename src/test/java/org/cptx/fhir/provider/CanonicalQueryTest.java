package org.cptx.fhir.provider;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;

/** The url and version of a search, from a url, a canonical or an escaped canonical. */
class CanonicalQueryTest {

  static final String URL = "http://example.org/fhir/CodeSystem/synthetic";
  static final CodeSystem V1 = new CodeSystem().setUrl(URL).setVersion("1.0.0");
  static final CodeSystem V2 = new CodeSystem().setUrl(URL).setVersion("2.0.0");

  @Test
  void aUrlAlone() {
    CanonicalQuery q = CanonicalQuery.of(new UriParam(URL), null);
    assertThat(q.matches(V1)).isTrue();
    assertThat(q.matches(V2)).isTrue();
    assertThat(q.matches(new CodeSystem().setUrl(URL + "-other"))).isFalse();
  }

  @Test
  void aCanonicalWithThePlainOrEscapedBar() {
    for (String bar : new String[] {"|", "\\|"}) {
      CanonicalQuery q = CanonicalQuery.of(new UriParam(URL + bar + "2.0.0"), null);
      assertThat(q.url()).isEqualTo(URL);
      assertThat(q.version()).isEqualTo("2.0.0");
      assertThat(q.matches(V2)).isTrue();
      assertThat(q.matches(V1)).isFalse();
    }
  }

  @Test
  void hapisUriParamUnescapesTheBarOfAQueryToken() {
    UriParam param = new UriParam();
    param.setValueAsQueryToken(null, "url", null, URL + "\\|1.0.0");
    assertThat(CanonicalQuery.of(param, null).matches(V1)).isTrue();
  }

  @Test
  void aVersionBesideTheCanonicalMustAgree() {
    assertThat(CanonicalQuery.of(new UriParam(URL + "|2.0.0"), new TokenParam("2.0.0")).matches(V2))
        .isTrue();
    CanonicalQuery contradictory =
        CanonicalQuery.of(new UriParam(URL + "|2.0.0"), new TokenParam("1.0.0"));
    assertThat(contradictory.contradictory()).isTrue();
    assertThat(contradictory.matches(V1)).isFalse();
    assertThat(contradictory.matches(V2)).isFalse();
  }

  @Test
  void anEmptyVersionAfterTheBarIsNoVersion() {
    CanonicalQuery q = CanonicalQuery.of(new UriParam(URL + "|"), new TokenParam("1.0.0"));
    assertThat(q.matches(V1)).isTrue();
    assertThat(q.matches(V2)).isFalse();
  }

  @Test
  void aVersionAlone() {
    assertThat(CanonicalQuery.of(null, new TokenParam("1.0.0")).matches(V1)).isTrue();
    assertThat(CanonicalQuery.of(null, null).matches(V2)).isTrue();
  }
}
