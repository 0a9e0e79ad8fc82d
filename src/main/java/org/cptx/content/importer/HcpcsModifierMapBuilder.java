package org.cptx.content.importer;

import java.util.List;
import java.util.Map;
import org.cptx.content.importer.HcpcsModifierReader.Modifier;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * HCPCS Level II modifier <-> the same modifier inside CPT: every CPT modifier of kind {@code
 * hcpcs} (listed in Appendix A's Level II section) whose code is among the imported HCPCS
 * modifiers, as {@code equivalent}. Two groups, HCPCS -> CPT and CPT -> HCPCS, so a forward
 * $translate works from either system; the shape of the shipped {@code
 * ConceptMap-hcpcs-cpt-modifiers.json}.
 */
public final class HcpcsModifierMapBuilder {

  public static final String URL = "http://cptx.org/fhir/ConceptMap/hcpcs-cpt-modifiers";

  private HcpcsModifierMapBuilder() {}

  /** The CPT modifiers of kind hcpcs that the HCPCS file also holds, in Appendix A order. */
  static List<CptConcept> shared(CptRelease release, Map<String, Modifier> hcpcs) {
    return release.modifiers.values().stream()
        .filter(m -> m.kinds.contains("hcpcs") && hcpcs.containsKey(m.code))
        .toList();
  }

  /** The map, or null when no modifier is in both systems. */
  public static ConceptMap build(CptRelease release, Map<String, Modifier> hcpcs, String version) {
    List<CptConcept> shared = shared(release, hcpcs);
    if (shared.isEmpty()) {
      return null;
    }
    ConceptMap map = new ConceptMap();
    map.setId("hcpcs-cpt-modifiers-" + version);
    map.setUrl(URL).setVersion(version);
    map.setName("HCPCSCPTModifiers")
        .setTitle("HCPCS Level II modifiers and the same modifiers in CPT " + version);
    map.setStatus(PublicationStatus.ACTIVE).setExperimental(false).setPublisher("cptx project");
    map.setDescription(
        "Maps each HCPCS Level II modifier that CPT Appendix A also lists (CPT kind hcpcs) to the"
            + " same modifier in CPT, and back, every mapping equivalent; imported by cptx from MODUL.txt and the CMS"
            + " HCPCS file.");
    map.setCopyright(CptCodeSystemBuilder.copyright(version));
    ConceptMapGroupComponent toCpt =
        map.addGroup()
            .setSource(HcpcsCodeSystemBuilder.URL)
            .setSourceVersion(version)
            .setTarget(CptCodeSystemBuilder.URL)
            .setTargetVersion(version);
    ConceptMapGroupComponent toHcpcs =
        map.addGroup()
            .setSource(CptCodeSystemBuilder.URL)
            .setSourceVersion(version)
            .setTarget(HcpcsCodeSystemBuilder.URL)
            .setTargetVersion(version);
    for (CptConcept m : shared) {
      String hcpcsDisplay = hcpcs.get(m.code).longText();
      toCpt
          .addElement()
          .setCode(m.code)
          .setDisplay(hcpcsDisplay)
          .addTarget()
          .setCode(m.code)
          .setDisplay(m.display)
          .setEquivalence(ConceptMapEquivalence.EQUIVALENT);
      toHcpcs
          .addElement()
          .setCode(m.code)
          .setDisplay(m.display)
          .addTarget()
          .setCode(m.code)
          .setDisplay(hcpcsDisplay)
          .setEquivalence(ConceptMapEquivalence.EQUIVALENT);
    }
    return map;
  }
}
