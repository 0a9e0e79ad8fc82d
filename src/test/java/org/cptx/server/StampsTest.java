package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Stamps#remove} gives exactly what the pattern's replaceAll gives. */
class StampsTest {

  private static final String UUID = "urn:uuid:0f3c6a52-7b1e-4c8e-9a51-2d7f1e0c9b44";
  private static final String BARE_UUID = "0f3c6a52-7b1e-4c8e-9a51-2d7f1e0c9b44";

  private static final List<String> PIECES =
      List.of(
          "{\"resourceType\":\"ValueSet\",\"expansion\":{",
          "\"identifier\":\"" + UUID + "\",",
          "\"timestamp\":\"2026-11-29T19:40:39.123+00:00\",",
          "\"timestamp\" : \"2026-11-29\",",
          "\"lastUpdated\":\"2026-11-29T19:40:39Z\"",
          "{\"resourceType\":\"Bundle\",\"id\":\"" + BARE_UUID + "\",",
          "{ \"resourceType\" : \"Bundle\" , \"id\" : \"" + BARE_UUID + "\"",
          "<ValueSet xmlns=\"http://hl7.org/fhir\"><expansion>",
          "<identifier value=\"" + UUID + "\"/>",
          "<timestamp value=\"2026-11-29T19:40:39+00:00\"/>",
          "<lastUpdated value=\"2026\"/>",
          "<Bundle xmlns=\"http://hl7.org/fhir\">\n  <id value=\"" + BARE_UUID + "\"/>",
          "\"identifier\":\"not a stamp\",",
          "\"display\":\"\\\"identifier\\\": \\\"2026-11-29T19:40:39Z\\\"\",",
          "\"code\":\"47383\",",
          "\"timestamp\":\"2026-11-29T19:40:39.123+00:00-2026-11-29T19:40:39.123+00:00\"",
          "\"identifier\"",
          "<Bundle xmlns=",
          "\"resourceType\":\"Bundle\"",
          "\"resourceType\"\n:\t\u000B\"Bundle\",\r\"id\":\f\"" + BARE_UUID + "\"",
          "\"resourceType\" :",
          "é ü ✓ ",
          "\"timestamp\":\"2026-11-29T19:40é\"",
          "\"identifier\": \"Ärztlich\"",
          "");

  @Test
  void sameAsThePatternOverRandomAnswers() {
    Random random = new Random(14);
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String answer = text.toString();
      assertThat(Stamps.remove(answer))
          .as(answer)
          .isEqualTo(Stamps.PATTERN.matcher(answer).replaceAll("$1"));
    }
  }

  /**
   * The tag takes the stamps out of the answer's bytes read one char per byte (ISO-8859-1): the
   * bytes left are those of the UTF-8 text the pattern leaves.
   */
  @Test
  void sameOnTheBytesOfUtf8Answers() {
    Random random = new Random(15);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String answer = text.toString();
      String bytes =
          new String(answer.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      assertThat(Stamps.remove(bytes).getBytes(StandardCharsets.ISO_8859_1))
          .as(answer)
          .isEqualTo(
              Stamps.PATTERN.matcher(answer).replaceAll("$1").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void anAnswerWithoutStampsIsKept() {
    String lookup = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"code\"}]}";
    assertThat(Stamps.remove(lookup)).isSameAs(lookup);
  }

  @Test
  void anExpansionLosesItsStampValues() {
    String expansion =
        "{\"resourceType\":\"ValueSet\",\"expansion\":{\"identifier\":\""
            + UUID
            + "\",\"timestamp\":\"2026-11-29T19:40:39+00:00\",\"total\":3}}";
    assertThat(Stamps.remove(expansion))
        .isEqualTo(
            "{\"resourceType\":\"ValueSet\",\"expansion\":{\"identifier\":,\"timestamp\":,\"total\":3}}");
  }
}
