package org.cptx.fhir.convert;

import org.cptx.terminology.model.CodeSystemDefinition;
import org.cptx.terminology.model.CodeSystemDefinition.DefinedConcept;
import org.cptx.terminology.model.CodeSystemDefinition.FilterDefinition;
import org.cptx.terminology.model.CodeSystemDefinition.PropertyDefinition;
import org.cptx.terminology.model.CodeSystemDefinition.PropertyValue;
import org.cptx.terminology.model.Designation;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;

/** The engine's code system definitions as CodeSystem resources. */
public final class EngineCodeSystems {

  private EngineCodeSystems() {}

  public static CodeSystem resource(CodeSystemDefinition def) {
    CodeSystem cs = new CodeSystem();
    EngineValues.canonical(def, cs);
    cs.setCopyright(def.copyright());
    content(def, cs);
    def.filters().forEach(f -> filter(cs, f));
    def.properties().forEach(p -> property(cs, p));
    def.concepts().forEach(c -> cs.addConcept(concept(c)));
    return cs;
  }

  /** What the code system says about its content: case, value set, hierarchy, mode, count. */
  private static void content(CodeSystemDefinition def, CodeSystem cs) {
    if (def.caseSensitive() != null) {
      cs.setCaseSensitive(def.caseSensitive());
    }
    cs.setValueSet(def.valueSet());
    if (def.hierarchyMeaning() != null) {
      cs.setHierarchyMeaning(
          CodeSystem.CodeSystemHierarchyMeaning.fromCode(def.hierarchyMeaning()));
    }
    if (def.content() != null) {
      cs.setContent(CodeSystem.CodeSystemContentMode.fromCode(def.content()));
    }
    cs.setSupplements(def.supplements());
    if (def.count() != null) {
      cs.setCount(def.count());
    }
  }

  private static void filter(CodeSystem cs, FilterDefinition f) {
    var out = cs.addFilter().setCode(f.code()).setDescription(f.description()).setValue(f.value());
    f.operators().forEach(o -> out.addOperatorElement().setValueAsString(o));
  }

  private static void property(CodeSystem cs, PropertyDefinition p) {
    var out = cs.addProperty().setCode(p.code()).setUri(p.uri()).setDescription(p.description());
    if (p.type() != null) {
      out.setType(CodeSystem.PropertyType.fromCode(p.type()));
    }
  }

  private static ConceptDefinitionComponent concept(DefinedConcept c) {
    ConceptDefinitionComponent out = new ConceptDefinitionComponent();
    EngineValues.extensions(c.extensions()).forEach(out::addExtension);
    out.setCode(c.code()).setDisplay(c.display()).setDefinition(c.definition());
    for (Designation d : c.designations()) {
      var designation = out.addDesignation();
      EngineValues.extensions(d.extensions()).forEach(designation::addExtension);
      designation.setLanguage(d.language());
      designation.setUse(EngineValues.coding(d.use()));
      designation.setValue(d.value());
    }
    for (PropertyValue p : c.properties()) {
      out.addProperty().setCode(p.code()).setValue(EngineValues.type(p.value()));
    }
    c.concepts().forEach(nested -> out.addConcept(concept(nested)));
    return out;
  }
}
