package org.cptx.terminology.codesystem.cpt;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.model.ValueSetDefinition.Compose;
import org.cptx.terminology.model.ValueSetDefinition.ConceptSet;
import org.cptx.terminology.model.ValueSetDefinition.Filter;

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

  static List<ValueSetDefinition> all(String system, String version, String copyright) {
    List<ValueSetDefinition> all = new ArrayList<>();
    ConceptSet every = include(system);
    ConceptSet base = include(system, "modifier", "false", "modified", "false");
    for (String prefix : BASES) {
      Maker maker = new Maker(prefix, version, copyright);
      all.add(maker.valueSet("cpt-all", "All CPT codes", every));
      all.add(maker.valueSet("cpt-base", "CPT base codes", base));
      all.add(
          maker.valueSet("cpt-modifiers", "CPT modifiers", include(system, "modifier", "true")));
      all.add(
          maker.valueSet(
              "cpt-usable", "CPT codes usable in data", base, include(system, "modified", "true")));
    }
    return all;
  }

  /** Makes the value sets of one url family. */
  private record Maker(String base, String version, String copyright) {

    ValueSetDefinition valueSet(String name, String title, ConceptSet... includes) {
      return new ValueSetDefinition(
          base.equals(THO) ? "tho-" + name : name,
          base + name,
          version,
          name.replace("-", "_").toUpperCase(java.util.Locale.ROOT),
          title,
          "active",
          null,
          null,
          null,
          null,
          copyright,
          List.of(),
          new Compose(List.of(includes), List.of(), null, null, List.of()),
          List.of());
    }
  }

  /** An include of the system's codes with these {@code =} filters (property, value, ...). */
  private static ConceptSet include(String system, String... propertiesAndValues) {
    List<Filter> filters = new ArrayList<>();
    for (int i = 0; i < propertiesAndValues.length; i += 2) {
      filters.add(new Filter(propertiesAndValues[i], "=", propertiesAndValues[i + 1]));
    }
    return new ConceptSet(system, null, List.of(), filters, List.of(), List.of());
  }
}
