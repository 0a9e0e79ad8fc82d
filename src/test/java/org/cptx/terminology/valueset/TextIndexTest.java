package org.cptx.terminology.valueset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.support.Definitions.codeSystems;
import static org.cptx.support.Definitions.valueSets;
import static org.cptx.support.Definitions.vs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.Terminology;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/**
 * The $expand text filter answered from the word index gives exactly the codes, in the same order,
 * that checking every code with the documented rule gives (every word starts a word of the display
 * or of one designation, or a single word starts the code), over random texts with punctuation,
 * case and non-ASCII letters.
 */
class TextIndexTest {

  private static final String CS = "http://example.org/cs/words";
  private static final String[] VOCABULARY = {
    "liver",
    "Lung",
    "LIVE",
    "biopsy",
    "bi-lateral",
    "CT",
    "scan",
    "Ärztlich",
    "éclair",
    "x2",
    "2nd",
    "open",
    "opening",
    "l'os",
    "Ⅻ",
    "½dose",
    "İstanbul",
    "a"
  };

  private final Random random = new Random(14);
  private final List<String[]> concepts = new ArrayList<>();

  private CodeSystem system() {
    CodeSystem cs = new CodeSystem().setUrl(CS).setVersion("1").setStatus(PublicationStatus.ACTIVE);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    for (int i = 0; i < 700; i++) {
      String code = (i % 3 == 0 ? "Liv" : "C") + i;
      ConceptDefinitionComponent c = cs.addConcept().setCode(code).setDisplay(text());
      List<String> texts = new ArrayList<>(List.of(code, c.getDisplay()));
      for (int d = random.nextInt(4); d > 0; d--) {
        String designation = text();
        c.addDesignation().setLanguage("de").setValue(designation);
        texts.add(designation);
      }
      concepts.add(texts.toArray(String[]::new));
    }
    return cs;
  }

  private String text() {
    StringBuilder text = new StringBuilder();
    for (int w = 0, n = 1 + random.nextInt(4); w < n; w++) {
      text.append(w == 0 ? "" : random.nextBoolean() ? " " : ", ")
          .append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return text.toString();
  }

  @Test
  void theIndexFindsWhatCheckingEveryCodeFinds() {
    CodeSystem cs = system();
    ValueSet vs =
        new ValueSet().setUrl("http://example.org/vs/words").setStatus(PublicationStatus.ACTIVE);
    vs.getCompose().addInclude().setSystem(CS);
    Terminology engine =
        new Terminology(new CodeSystemRegistry(), new ValueSetCatalog())
            .withResources(codeSystems(cs), valueSets(vs), List.of());
    List<String> filters =
        new ArrayList<>(
            List.of(
                "liv",
                "LIVER biop",
                "bi lat",
                "ärz",
                "ECL",
                "x",
                "2",
                "l os",
                "xii",
                "ⅻ",
                "c1",
                "liv1",
                "open ope",
                "istan",
                "i̇stan",
                "½",
                "a a",
                "zzz",
                "  ",
                "-",
                "ct scan"));
    for (int i = 0; i < 60; i++) {
      String typed = text();
      filters.add(
          typed.substring(0, Math.min(typed.length(), 1 + random.nextInt(3)))
              + (random.nextBoolean() ? " " + text() : ""));
    }
    for (String filter : filters) {
      ExpansionRequest request =
          ExpansionRequest.all()
              .withPage(1000, 0)
              .withSelection(new ExpansionRequest.Selection(filter, false));
      Expansion all = engine.expand(vs(vs), request);
      List<String> expected = expected(filter);
      assertThat(all.contains())
          .extracting(ExpansionEntry::code)
          .as("filter '%s'", filter)
          .isEqualTo(expected);
      assertThat(all.total()).as("total of '%s'", filter).isEqualTo(expected.size());
      Expansion page = engine.expand(vs(vs), request.withPage(3, 2));
      assertThat(page.contains())
          .extracting(ExpansionEntry::code)
          .as("page of '%s'", filter)
          .isEqualTo(expected.subList(Math.min(2, expected.size()), Math.min(5, expected.size())));
      assertThat(page.total()).isEqualTo(expected.size());
      assertThat(page.offset()).isEqualTo(Math.min(2, expected.size()));
    }
  }

  /** The rule checked code by code, words split by a regular expression. */
  private List<String> expected(String filter) {
    String[] words = split(filter);
    return concepts.stream()
        .filter(
            c ->
                words.length == 0
                    || words.length == 1 && c[0].toLowerCase(Locale.ROOT).startsWith(words[0])
                    || Arrays.stream(c, 1, c.length).anyMatch(t -> matches(words, t)))
        .map(c -> c[0])
        .toList();
  }

  private static boolean matches(String[] words, String text) {
    String[] have = split(text);
    return Arrays.stream(words).allMatch(w -> Arrays.stream(have).anyMatch(h -> h.startsWith(w)));
  }

  private static String[] split(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }
}
