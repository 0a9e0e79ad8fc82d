package org.cptx.fhir.convert;

import org.cptx.terminology.model.ConceptMapDefinition;
import org.cptx.terminology.model.ConceptMapDefinition.Element;
import org.cptx.terminology.model.ConceptMapDefinition.Group;
import org.cptx.terminology.model.ConceptMapDefinition.Target;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** The engine's concept map definitions as ConceptMap resources. */
public final class EngineConceptMaps {

  private EngineConceptMaps() {}

  public static ConceptMap resource(ConceptMapDefinition def) {
    ConceptMap map = new ConceptMap();
    if (def.id() != null) {
      map.setId(def.id());
    }
    map.setUrl(def.url());
    map.setVersion(def.version());
    map.setName(def.name());
    if (def.status() != null) {
      map.setStatus(PublicationStatus.fromCode(def.status()));
    }
    def.groups().forEach(g -> group(map.addGroup(), g));
    return map;
  }

  private static void group(ConceptMap.ConceptMapGroupComponent out, Group g) {
    out.setSource(g.source())
        .setSourceVersion(g.sourceVersion())
        .setTarget(g.target())
        .setTargetVersion(g.targetVersion());
    for (Element e : g.elements()) {
      var element = out.addElement().setCode(e.code()).setDisplay(e.display());
      for (Target t : e.targets()) {
        var target =
            element.addTarget().setCode(t.code()).setDisplay(t.display()).setComment(t.comment());
        if (t.equivalence() != null) {
          target.setEquivalence(ConceptMapEquivalence.fromCode(t.equivalence()));
        }
      }
    }
  }
}
