package org.cptx.terminology.codesystem.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptExtras;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Value;

/** Collects one concept's parts while the resource and its supplements are read. */
final class ConceptBuilder {
  final String code;
  final String display;
  final String definition;
  final List<Designation> designations = new ArrayList<>();
  final List<ConceptProperty> properties = new ArrayList<>();
  final List<String> parents = new ArrayList<>();
  final List<String> children = new ArrayList<>();
  ConceptExtras extras = ConceptExtras.NONE;
  String standardsStatus;

  ConceptBuilder(ConceptParts c) {
    this.code = c.code();
    this.display = c.display();
    this.definition = c.definition();
    add(c);
  }

  void add(ConceptParts c) {
    designations.addAll(c.designations());
    properties.addAll(c.properties());
    extras = extras.with(c.extras());
    if (c.standardsStatus() != null) {
      standardsStatus = c.standardsStatus();
    }
  }

  private boolean hasInactive() {
    for (ConceptProperty p : properties) {
      if (p.code().equals("inactive")) {
        return true;
      }
    }
    return false;
  }

  Concept build(Map<String, ConceptBuilder> all, ConceptStatus standard) {
    String stated = standard.status(properties);
    String status = stated != null ? stated : standardsStatus;
    boolean inactive = standard.inactive(properties, status);
    List<ConceptProperty> props =
        new ArrayList<>(parents.size() + children.size() + properties.size() + 1);
    parents.forEach(
        p -> props.add(ConceptProperty.described("parent", Value.code(p), all.get(p).display)));
    children.forEach(
        c -> props.add(ConceptProperty.described("child", Value.code(c), all.get(c).display)));
    props.addAll(properties);
    if (!hasInactive()) {
      props.add(inactive ? standard.inactiveTrue() : standard.inactiveFalse());
    }
    return new Concept(
        code,
        display,
        definition,
        designations,
        props,
        parents,
        children,
        standard.notSelectable(properties),
        status,
        inactive,
        extras);
  }
}
