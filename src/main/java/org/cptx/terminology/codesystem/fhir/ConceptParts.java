package org.cptx.terminology.codesystem.fhir;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.ConceptExtras;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Designation;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;

/**
 * What one concept of a CodeSystem resource (or of a supplement) contributes to the index: its
 * code, texts, designations and properties (history included), what its extensions say for
 * expansions, its standards status (as a status when no property gives one), and the code of the
 * concept it is nested in. A resource's concepts are listed depth first, so a parent always comes
 * before its children.
 */
public record ConceptParts(
    String code,
    String display,
    String definition,
    String parent,
    List<Designation> designations,
    List<ConceptProperty> properties,
    ConceptExtras extras,
    String standardsStatus) {

  /** Parts without extension-borne extras or a standards status. */
  public ConceptParts(
      String code,
      String display,
      String definition,
      String parent,
      List<Designation> designations,
      List<ConceptProperty> properties) {
    this(code, display, definition, parent, designations, properties, ConceptExtras.NONE, null);
  }

  private static final String STANDARDS_STATUS =
      "http://hl7.org/fhir/StructureDefinition/structuredefinition-standards-status";

  /** The concepts of a HAPI CodeSystem, depth first. */
  public static List<ConceptParts> of(List<ConceptDefinitionComponent> concepts) {
    List<ConceptParts> out = new ArrayList<>();
    flatten(concepts, null, out);
    return out;
  }

  private static void flatten(
      List<ConceptDefinitionComponent> concepts, String parent, List<ConceptParts> out) {
    for (ConceptDefinitionComponent c : concepts) {
      out.add(of(c, parent));
      flatten(c.getConcept(), c.getCode(), out);
    }
  }

  private static ConceptParts of(ConceptDefinitionComponent c, String parent) {
    List<Designation> designations = new ArrayList<>();
    for (var d : c.getDesignation()) {
      designations.add(
          new Designation(
              d.getLanguage(), d.hasUse() ? d.getUse() : null, d.getValue(), d.getExtension()));
    }
    List<ConceptProperty> properties = new ArrayList<>();
    for (var p : c.getProperty()) {
      properties.add(ConceptProperty.of(p.getCode(), p.getValue()));
    }
    properties.addAll(ConceptHistory.read(c));
    var standards = c.getExtensionByUrl(STANDARDS_STATUS);
    String standardsStatus =
        standards == null || standards.getValue() == null
            ? null
            : standards.getValue().primitiveValue();
    return new ConceptParts(
        c.getCode(),
        c.getDisplay(),
        c.getDefinition(),
        parent,
        designations,
        properties,
        ConceptExtras.ofCodeSystem(c.getExtension()),
        standardsStatus);
  }
}
