package org.cptx.content.convert;

import org.cptx.terminology.model.ConceptMapDefinition;
import org.cptx.terminology.model.ConceptMapDefinition.Element;
import org.cptx.terminology.model.ConceptMapDefinition.Group;
import org.cptx.terminology.model.ConceptMapDefinition.Target;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r4.model.ConceptMap.TargetElementComponent;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;

/** ConceptMap resources as the engine's concept map definitions. */
public final class FhirConceptMaps {

  private FhirConceptMaps() {}

  public static ConceptMapDefinition definition(ConceptMap map) {
    return new ConceptMapDefinition(
        map.getIdElement().hasIdPart() ? map.getIdElement().getIdPart() : null,
        map.hasUrl() ? map.getUrl() : null,
        map.hasVersion() ? map.getVersion() : null,
        map.hasName() ? map.getName() : null,
        map.hasStatus() ? map.getStatus().toCode() : null,
        map.getGroup().stream().map(FhirConceptMaps::group).toList());
  }

  private static Group group(ConceptMapGroupComponent g) {
    return new Group(
        g.hasSource() ? g.getSource() : null,
        g.hasSourceVersion() ? g.getSourceVersion() : null,
        g.hasTarget() ? g.getTarget() : null,
        g.hasTargetVersion() ? g.getTargetVersion() : null,
        g.getElement().stream().map(FhirConceptMaps::element).toList());
  }

  private static Element element(SourceElementComponent e) {
    return new Element(
        e.hasCode() ? e.getCode() : null,
        e.hasDisplay() ? e.getDisplay() : null,
        e.getTarget().stream().map(FhirConceptMaps::target).toList());
  }

  private static Target target(TargetElementComponent t) {
    ConceptMapEquivalence e = t.getEquivalence();
    return new Target(
        t.hasCode() ? t.getCode() : null,
        t.hasDisplay() ? t.getDisplay() : null,
        e == null || e == ConceptMapEquivalence.NULL ? null : e.toCode(),
        t.hasComment() ? t.getComment() : null);
  }
}
