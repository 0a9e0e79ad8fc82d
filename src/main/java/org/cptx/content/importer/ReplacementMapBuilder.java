package org.cptx.content.importer;

import java.util.Map;
import org.cptx.content.importer.CptRelease.Replacement;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * Deleted CPT code -> the code(s) its deletion instruction names. A single named code maps as
 * {@code equivalent} ("use 12345"); several as {@code relatedto} (the right one depends on the
 * case). Targets not in the release are left out.
 */
public final class ReplacementMapBuilder {

  public static final String URL = "http://cptx.org/fhir/ConceptMap/cpt-deleted-replacements";

  private ReplacementMapBuilder() {}

  public static ConceptMap build(CptRelease release, String version) {
    ConceptMap map = new ConceptMap();
    map.setId("cpt-deleted-replacements-" + version);
    map.setUrl(URL).setVersion(version);
    map.setName("CPTDeletedReplacements")
        .setTitle("Deleted CPT codes to their replacements (" + version + ")");
    map.setStatus(PublicationStatus.ACTIVE).setExperimental(false).setPublisher("cptx project");
    map.setDescription(
        "Maps each deleted CPT code whose deletion instruction names other codes to those codes,"
            + " imported by cptx from Deleted_DTK_tab.txt.");
    map.setCopyright(CptCodeSystemBuilder.copyright(version));
    ConceptMapGroupComponent group =
        map.addGroup()
            .setSource(CptCodeSystemBuilder.URL)
            .setSourceVersion(version)
            .setTarget(CptCodeSystemBuilder.URL)
            .setTargetVersion(version);
    Map<String, CptConcept> codes = release.codes;
    for (Replacement r : release.replacements) {
      var targets =
          r.targets().stream()
              .filter(t -> codes.containsKey(t) && codes.get(t).deleted == null)
              .toList();
      if (targets.isEmpty()) {
        continue;
      }
      SourceElementComponent element =
          group.addElement().setCode(r.deleted()).setDisplay(codes.get(r.deleted()).display);
      ConceptMapEquivalence equivalence =
          targets.size() == 1 ? ConceptMapEquivalence.EQUIVALENT : ConceptMapEquivalence.RELATEDTO;
      for (String t : targets) {
        element
            .addTarget()
            .setCode(t)
            .setDisplay(codes.get(t).display)
            .setEquivalence(equivalence)
            .setComment(r.instruction());
      }
    }
    return map;
  }
}
