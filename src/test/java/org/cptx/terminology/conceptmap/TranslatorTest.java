package org.cptx.terminology.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cptx.terminology.model.ConceptMapDefinition;
import org.cptx.terminology.model.ConceptMapDefinition.Element;
import org.cptx.terminology.model.ConceptMapDefinition.Group;
import org.cptx.terminology.model.ConceptMapDefinition.Target;
import org.junit.jupiter.api.Test;

/** $translate in the engine: forward, reverse, and the target system as a filter. */
class TranslatorTest {

  static final String SRC = "http://example.org/cs/source";
  static final String TGT = "http://example.org/cs/target";

  private static ConceptMapDefinition map() {
    return new ConceptMapDefinition(
        null,
        "http://example.org/cm/one",
        "2",
        null,
        null,
        List.of(
            new Group(
                SRC,
                null,
                TGT,
                null,
                List.of(
                    new Element("s1", null, List.of(new Target("t1", null, "equivalent", null))),
                    new Element("s2", null, List.of(new Target("t2", null, "wider", null)))))));
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
