package org.cptx.terminology.codesystem.cpt;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.FilterOperator;

/**
 * CPT's implicit value sets, each under both {@code http://terminology.hl7.org/ValueSet/} and
 * {@code http://hl7.org/fhir/ValueSet/}: {@code cpt-all} (every code), {@code cpt-base} (modifier=false and
 * modified=false), {@code cpt-modifiers} (modifier=true) and {@code cpt-usable} (base codes, or modified=true:
 * expressions validate as members, the expansion lists the base codes). No version is pinned, so the value sets
 * follow the CPT version the request chooses (the latest by default).
 */
final class CptValueSets {

  static final List<String> BASES = List.of("http://terminology.hl7.org/ValueSet/", "http://hl7.org/fhir/ValueSet/");

  private CptValueSets() {}

  static List<ValueSet> all(String system, String copyright) {
    List<ValueSet> all = new ArrayList<>();
    for (String base : BASES) {
      all.add(valueSet(base, "cpt-all", "All CPT codes", system, copyright));
      ValueSet baseCodes = valueSet(base, "cpt-base", "CPT base codes", system, copyright);
      filter(baseCodes.getCompose().getIncludeFirstRep(), "modifier", "false");
      filter(baseCodes.getCompose().getIncludeFirstRep(), "modified", "false");
      all.add(baseCodes);
      ValueSet modifiers = valueSet(base, "cpt-modifiers", "CPT modifiers", system, copyright);
      filter(modifiers.getCompose().getIncludeFirstRep(), "modifier", "true");
      all.add(modifiers);
      ValueSet usable = valueSet(base, "cpt-usable", "CPT codes usable in data", system, copyright);
      filter(usable.getCompose().getIncludeFirstRep(), "modifier", "false");
      filter(usable.getCompose().getIncludeFirstRep(), "modified", "false");
      filter(usable.getCompose().addInclude().setSystem(system), "modified", "true");
      all.add(usable);
    }
    return all;
  }

  private static ValueSet valueSet(String base, String id, String title, String system, String copyright) {
    ValueSet vs = new ValueSet().setUrl(base + id).setStatus(PublicationStatus.ACTIVE);
    vs.setId(id);
    vs.setName(id.replace("-", "_").toUpperCase(java.util.Locale.ROOT));
    vs.setTitle(title);
    vs.setCopyright(copyright);
    vs.getCompose().addInclude().setSystem(system);
    return vs;
  }

  private static void filter(ConceptSetComponent include, String property, String value) {
    include.addFilter().setProperty(property).setOp(FilterOperator.EQUAL).setValue(value);
  }
}
