package org.cptx.fhir.convert;

import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.model.ValueSetDefinition.Compose;
import org.cptx.terminology.model.ValueSetDefinition.ConceptSet;
import org.cptx.terminology.model.ValueSetDefinition.Filter;
import org.cptx.terminology.model.ValueSetDefinition.ListedConcept;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetFilterComponent;
import org.hl7.fhir.r4.model.ValueSet.FilterOperator;

/** The engine's value set definitions as ValueSet resources (implicit value sets, definitions). */
public final class EngineValueSets {

  /** How an R4 resource carries an R5 filter operator such as {@code child-of}. */
  static final String R5_FILTER_OP =
      "http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.compose.include.filter.op";

  private EngineValueSets() {}

  public static ValueSet resource(ValueSetDefinition def) {
    ValueSet vs = new ValueSet();
    EngineValues.canonical(def, vs);
    if (def.date() != null) {
      vs.setDateElement(new DateTimeType(def.date()));
    }
    vs.setPublisher(def.publisher());
    vs.setCopyright(def.copyright());
    if (def.compose() != null) {
      vs.setCompose(compose(def.compose()));
    }
    def.contained().forEach(c -> vs.addContained(resource(c)));
    return vs;
  }

  /** The compose as FHIR writes it. */
  public static ValueSet.ValueSetComposeComponent compose(Compose compose) {
    ValueSet.ValueSetComposeComponent out = new ValueSet.ValueSetComposeComponent();
    EngineValues.extensions(compose.extensions()).forEach(out::addExtension);
    if (compose.lockedDate() != null) {
      out.getLockedDateElement().setValueAsString(compose.lockedDate());
    }
    if (compose.inactive() != null) {
      out.setInactive(compose.inactive());
    }
    compose.include().forEach(s -> out.addInclude(conceptSet(s)));
    compose.exclude().forEach(s -> out.addExclude(conceptSet(s)));
    return out;
  }

  private static ConceptSetComponent conceptSet(ConceptSet set) {
    ConceptSetComponent out = new ConceptSetComponent();
    EngineValues.extensions(set.extensions()).forEach(out::addExtension);
    out.setSystem(set.system());
    out.setVersion(set.version());
    set.concepts().forEach(c -> out.addConcept(listed(c)));
    set.filters().forEach(f -> out.addFilter(filter(f)));
    set.valueSets().forEach(out::addValueSet);
    return out;
  }

  private static ValueSet.ConceptReferenceComponent listed(ListedConcept c) {
    ValueSet.ConceptReferenceComponent out = new ValueSet.ConceptReferenceComponent();
    EngineValues.extensions(c.extensions()).forEach(out::addExtension);
    out.setCode(c.code());
    out.setDisplay(c.display());
    for (Designation d : c.designations()) {
      var designation = out.addDesignation();
      EngineValues.extensions(d.extensions()).forEach(designation::addExtension);
      designation.setLanguage(d.language());
      designation.setUse(EngineValues.coding(d.use()));
      designation.setValue(d.value());
    }
    return out;
  }

  private static ConceptSetFilterComponent filter(Filter f) {
    ConceptSetFilterComponent out = new ConceptSetFilterComponent();
    out.setProperty(f.property());
    if (f.op() != null) {
      if (isR4Operator(f.op())) {
        out.setOp(FilterOperator.fromCode(f.op()));
      } else {
        out.getOpElement().addExtension(R5_FILTER_OP, new CodeType(f.op()));
      }
    }
    out.setValue(f.value());
    return out;
  }

  private static boolean isR4Operator(String op) {
    try {
      FilterOperator.fromCode(op);
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
