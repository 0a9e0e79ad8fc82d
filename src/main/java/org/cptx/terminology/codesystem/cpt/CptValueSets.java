package org.cptx.terminology.codesystem.cpt;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.FilterOperator;

/**
 * CPT's implicit value sets, each under both {@code http://terminology.hl7.org/ValueSet/} and
 * {@code http://hl7.org/fhir/ValueSet/}: {@code cpt-all} (every code), {@code cpt-base}
 * (modifier=false and modified=false), {@code cpt-modifiers} (modifier=true) and {@code cpt-usable}
 * (base codes, or modified=true: expressions validate as members, the expansion lists the base
 * codes). No version is pinned, so the value sets follow the CPT version the request chooses (the
 * latest by default); each carries as its own version the CPT version that made it. As resources
 * they have the ids {@code cpt-all}, {@code cpt-base}, ... under {@code
 * http://hl7.org/fhir/ValueSet/} and {@code tho-cpt-all}, ... under {@code
 * http://terminology.hl7.org/ValueSet/}.
 */
final class CptValueSets {

  static final List<String> BASES =
      List.of("http://terminology.hl7.org/ValueSet/", "http://hl7.org/fhir/ValueSet/");
  private static final String THO = BASES.get(0);

  private CptValueSets() {}

  static List<ValueSet> all(String system, String version, String copyright) {
    List<ValueSet> all = new ArrayList<>();
    for (String base : BASES) {
      Maker maker = new Maker(base, system, version, copyright);
      all.add(maker.valueSet("cpt-all", "All CPT codes"));
      ValueSet baseCodes = maker.valueSet("cpt-base", "CPT base codes");
      filter(baseCodes.getCompose().getIncludeFirstRep(), "modifier", "false");
      filter(baseCodes.getCompose().getIncludeFirstRep(), "modified", "false");
      all.add(baseCodes);
      ValueSet modifiers = maker.valueSet("cpt-modifiers", "CPT modifiers");
      filter(modifiers.getCompose().getIncludeFirstRep(), "modifier", "true");
      all.add(modifiers);
      ValueSet usable = maker.valueSet("cpt-usable", "CPT codes usable in data");
      filter(usable.getCompose().getIncludeFirstRep(), "modifier", "false");
      filter(usable.getCompose().getIncludeFirstRep(), "modified", "false");
      filter(usable.getCompose().addInclude().setSystem(system), "modified", "true");
      all.add(usable);
    }
    return all;
  }

  /** Makes the value sets of one url family. */
  private record Maker(String base, String system, String version, String copyright) {

    ValueSet valueSet(String name, String title) {
      ValueSet vs =
          new ValueSet()
              .setUrl(base + name)
              .setVersion(version)
              .setStatus(PublicationStatus.ACTIVE);
      vs.setId(base.equals(THO) ? "tho-" + name : name);
      vs.setName(name.replace("-", "_").toUpperCase(java.util.Locale.ROOT));
      vs.setTitle(title);
      vs.setCopyright(copyright);
      vs.getCompose().addInclude().setSystem(system);
      return vs;
    }
  }

  private static void filter(ConceptSetComponent include, String property, String value) {
    include.addFilter().setProperty(property).setOp(FilterOperator.EQUAL).setValue(value);
  }
}
