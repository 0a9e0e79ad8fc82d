package org.cptx.content.convert;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.model.CodeSystemDefinition;
import org.cptx.terminology.model.CodeSystemDefinition.DefinedConcept;
import org.cptx.terminology.model.CodeSystemDefinition.FilterDefinition;
import org.cptx.terminology.model.CodeSystemDefinition.PropertyDefinition;
import org.cptx.terminology.model.CodeSystemDefinition.PropertyValue;
import org.cptx.terminology.model.Designation;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;

/** CodeSystem resources (and supplements) as the engine's code system definitions. */
public final class FhirCodeSystems {

  private FhirCodeSystems() {}

  /** The whole code system, its concepts (nested as given) included. */
  public static CodeSystemDefinition definition(CodeSystem cs) {
    return definition(cs, concepts(cs.getConcept()));
  }

  /** The code system's metadata with these concepts (the resource's own are not read). */
  public static CodeSystemDefinition definition(CodeSystem cs, List<DefinedConcept> concepts) {
    return new CodeSystemDefinition(
        cs.getIdElement().hasIdPart() ? cs.getIdElement().getIdPart() : null,
        cs.hasUrl() ? cs.getUrl() : null,
        cs.hasVersion() ? cs.getVersion() : null,
        cs.hasName() ? cs.getName() : null,
        cs.hasTitle() ? cs.getTitle() : null,
        cs.hasStatus() ? cs.getStatus().toCode() : null,
        cs.hasExperimental() ? cs.getExperimental() : null,
        cs.hasLanguage() ? cs.getLanguage() : null,
        cs.hasContent() ? cs.getContent().toCode() : null,
        cs.hasCaseSensitive() ? cs.getCaseSensitive() : null,
        cs.hasCopyright() ? cs.getCopyright() : null,
        cs.hasValueSet() ? cs.getValueSet() : null,
        cs.hasHierarchyMeaning() ? cs.getHierarchyMeaning().toCode() : null,
        cs.hasSupplements() ? cs.getSupplements() : null,
        cs.hasCount() ? cs.getCount() : null,
        properties(cs),
        filters(cs),
        FhirValues.extensions(cs.getExtension()),
        concepts);
  }

  /** The code system's metadata only: no concepts. */
  public static CodeSystemDefinition metadata(CodeSystem cs) {
    return definition(cs, List.of());
  }

  private static List<PropertyDefinition> properties(CodeSystem cs) {
    return cs.getProperty().stream()
        .map(
            p ->
                new PropertyDefinition(
                    p.hasCode() ? p.getCode() : null,
                    p.hasUri() ? p.getUri() : null,
                    p.hasDescription() ? p.getDescription() : null,
                    p.hasType() ? p.getType().toCode() : null))
        .toList();
  }

  private static List<FilterDefinition> filters(CodeSystem cs) {
    return cs.getFilter().stream()
        .map(
            f ->
                new FilterDefinition(
                    f.hasCode() ? f.getCode() : null,
                    f.hasDescription() ? f.getDescription() : null,
                    f.getOperator().stream().map(o -> o.getValueAsString()).toList(),
                    f.hasValue() ? f.getValue() : null))
        .toList();
  }

  /** Concepts with those nested below them. */
  public static List<DefinedConcept> concepts(List<ConceptDefinitionComponent> concepts) {
    List<DefinedConcept> out = new ArrayList<>(concepts.size());
    for (ConceptDefinitionComponent c : concepts) {
      out.add(concept(c));
    }
    return out;
  }

  private static DefinedConcept concept(ConceptDefinitionComponent c) {
    List<Designation> designations = new ArrayList<>();
    for (var d : c.getDesignation()) {
      designations.add(
          FhirValues.designation(
              d.getLanguage(), d.hasUse() ? d.getUse() : null, d.getValue(), d.getExtension()));
    }
    List<PropertyValue> properties = new ArrayList<>();
    for (var p : c.getProperty()) {
      properties.add(new PropertyValue(p.getCode(), FhirValues.value(p.getValue())));
    }
    return new DefinedConcept(
        c.getCode(),
        c.getDisplay(),
        c.getDefinition(),
        designations,
        properties,
        FhirValues.extensions(c.getExtension()),
        concepts(c.getConcept()));
  }
}
