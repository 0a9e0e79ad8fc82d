package org.cptx.terminology.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.junit.jupiter.api.Test;

/** $translate in the engine: forward, reverse, and the target system as a filter. */
class TranslatorTest {

  static final String SRC = "http://example.org/cs/source";
  static final String TGT = "http://example.org/cs/target";

  private static ConceptMap map() {
    ConceptMap map = new ConceptMap().setUrl("http://example.org/cm/one").setVersion("2");
    var group = map.addGroup().setSource(SRC).setTarget(TGT);
    group
        .addElement()
        .setCode("s1")
        .addTarget()
        .setCode("t1")
        .setEquivalence(ConceptMapEquivalence.EQUIVALENT);
    group
        .addElement()
        .setCode("s2")
        .addTarget()
        .setCode("t2")
        .setEquivalence(ConceptMapEquivalence.WIDER);
    return map;
  }

  private final Translator translator = new Translator();

  @Test
  void forwardFindsTheTargetsOfASourceCode() {
    List<TranslateMatch> found =
        translator.translate(new TranslateRequest(SRC, "s2", TGT, false, List.of(map())));
    assertThat(found)
        .containsExactly(
            new TranslateMatch(TGT, "t2", "wider", "http://example.org/cm/one|2", null, null));
  }

  @Test
  void reverseFindsTheSourcesOfATargetCode() {
    List<TranslateMatch> found =
        translator.translate(new TranslateRequest(TGT, "t1", SRC, true, List.of(map())));
    assertThat(found)
        .containsExactly(
            new TranslateMatch(TGT, "t1", "equivalent", "http://example.org/cm/one|2", SRC, "s1"));
  }

  @Test
  void anotherTargetSystemOrAnUnknownCodeFindsNothing() {
    assertThat(
            translator.translate(
                new TranslateRequest(SRC, "s1", "http://example.org/other", false, List.of(map()))))
        .isEmpty();
    assertThat(translator.translate(new TranslateRequest(SRC, "nope", null, false, List.of(map()))))
        .isEmpty();
  }
}
