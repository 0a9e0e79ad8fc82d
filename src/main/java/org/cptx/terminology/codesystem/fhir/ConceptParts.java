package org.cptx.terminology.codesystem.fhir;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.ConceptExtras;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.StatusWarnings;
import org.cptx.terminology.model.CodeSystemDefinition.DefinedConcept;
import org.cptx.terminology.model.Designation;

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

  /** The concepts of a code system definition, depth first. */
  public static List<ConceptParts> of(List<DefinedConcept> concepts) {
    List<ConceptParts> out = new ArrayList<>();
    flatten(concepts, null, out);
    return out;
  }

  private static void flatten(
      List<DefinedConcept> concepts, String parent, List<ConceptParts> out) {
    for (DefinedConcept c : concepts) {
      out.add(of(c, parent));
      flatten(c.concepts(), c.code(), out);
    }
  }

  private static ConceptParts of(DefinedConcept c, String parent) {
    List<ConceptProperty> properties = new ArrayList<>();
    for (var p : c.properties()) {
      properties.add(ConceptProperty.of(p.code(), p.value()));
    }
    properties.addAll(ConceptHistory.read(c.extensions()));
    return new ConceptParts(
        c.code(),
        c.display(),
        c.definition(),
        parent,
        c.designations(),
        properties,
        ConceptExtras.ofCodeSystem(c.extensions()),
        StatusWarnings.standardsStatus(c.extensions()));
  }
}
