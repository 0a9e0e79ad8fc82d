package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cptx.content.importer.HcpcsModifierReader.Modifier;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.junit.jupiter.api.Test;

/** The HCPCS <-> CPT modifier map, on invented modifier texts. */
class HcpcsModifierMapBuilderTest {

  private static final String CPT = CptCodeSystemBuilder.URL;
  private static final String HCPCS = HcpcsCodeSystemBuilder.URL;

  @Test
  void mapsEveryCptModifierOfKindHcpcsThatTheHcpcsFileHolds() {
    CptRelease release = new CptRelease();
    cptModifier(release, "22", "general");
    cptModifier(release, "XS", "general", "hcpcs");
    cptModifier(release, "LT", "hcpcs");
    cptModifier(release, "Q9", "hcpcs");
    Map<String, Modifier> hcpcs = new LinkedHashMap<>();
    hcpcs.put("GC", hcpcsModifier("GC"));
    hcpcs.put("LT", hcpcsModifier("LT"));
    hcpcs.put("XS", hcpcsModifier("XS"));
    hcpcs.put("22", hcpcsModifier("22"));

    ConceptMap map = HcpcsModifierMapBuilder.build(release, hcpcs, "2099");

    assertThat(map.getId()).isEqualTo("hcpcs-cpt-modifiers-2099");
    assertThat(map.getUrl()).isEqualTo("http://cptx.org/fhir/ConceptMap/hcpcs-cpt-modifiers");
    assertThat(map.getVersion()).isEqualTo("2099");
    assertThat(map.getGroup()).hasSize(2);
    ConceptMapGroupComponent toCpt = map.getGroup().get(0);
    ConceptMapGroupComponent toHcpcs = map.getGroup().get(1);
    assertThat(toCpt.getSource()).isEqualTo(HCPCS);
    assertThat(toCpt.getTarget()).isEqualTo(CPT);
    assertThat(toHcpcs.getSource()).isEqualTo(CPT);
    assertThat(toHcpcs.getTarget()).isEqualTo(HCPCS);
    assertThat(toCpt.getSourceVersion()).isEqualTo("2099");
    assertThat(toHcpcs.getTargetVersion()).isEqualTo("2099");
    for (ConceptMapGroupComponent group : map.getGroup()) {
      assertThat(group.getElement()).extracting(e -> e.getCode()).containsExactly("XS", "LT");
      assertThat(group.getElement())
          .allSatisfy(
              e ->
                  assertThat(e.getTarget())
                      .singleElement()
                      .satisfies(
                          t -> {
                            assertThat(t.getCode()).isEqualTo(e.getCode());
                            assertThat(t.getEquivalence())
                                .isEqualTo(ConceptMapEquivalence.EQUIVALENT);
                          }));
    }
    assertThat(toCpt.getElementFirstRep().getDisplay()).isEqualTo("Synthetic HCPCS modifier XS");
    assertThat(toCpt.getElementFirstRep().getTargetFirstRep().getDisplay())
        .isEqualTo("Synthetic CPT modifier XS");
  }

  @Test
  void noMapWhenNoModifierIsInBothSystems() {
    CptRelease release = new CptRelease();
    cptModifier(release, "Q9", "hcpcs");
    assertThat(HcpcsModifierMapBuilder.build(release, Map.of("GC", hcpcsModifier("GC")), "2099"))
        .isNull();
  }

  private static void cptModifier(CptRelease release, String code, String... kinds) {
    CptConcept c = new CptConcept(code, true);
    c.display = "Synthetic CPT modifier " + code;
    c.kinds.addAll(java.util.List.of(kinds));
    release.modifiers.put(code, c);
  }

  private static Modifier hcpcsModifier(String code) {
    return new Modifier(code, "Synthetic HCPCS modifier " + code, "SYNTHETIC " + code);
  }
}
