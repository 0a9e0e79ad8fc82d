package org.cptx.terminology.codesystem.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Designation;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;

/**
 * A code system backed by a CodeSystem resource, with the supplements that apply to it merged in. Concepts are
 * indexed once at construction; nested concepts get {@code parent} and {@code child} properties.
 */
public final class FhirCodeSystemProvider implements CodeSystemProvider {

  private final CodeSystemInfo info;
  private final Map<String, Concept> concepts;
  private final boolean caseSensitive;
  private final Map<String, String> propertyUris = new LinkedHashMap<>();
  private final List<String> statusWarnings;
  private final List<String> supplementCanonicals = new ArrayList<>();

  public FhirCodeSystemProvider(CodeSystem resource, List<CodeSystem> supplements) {
    this.caseSensitive = !resource.hasCaseSensitive() || resource.getCaseSensitive();
    Map<String, ConceptBuilder> builders = new LinkedHashMap<>();
    for (ConceptDefinitionComponent c : resource.getConcept()) {
      index(c, null, builders);
    }
    for (CodeSystem supplement : supplements) {
      SupplementMerger.merge(supplement, builders);
      supplementCanonicals.add(supplement.hasVersion() ? supplement.getUrl() + "|" + supplement.getVersion()
          : supplement.getUrl());
    }
    Map<String, Concept> built = new LinkedHashMap<>();
    builders.forEach((code, b) -> built.put(key(code), b.build(builders)));
    this.concepts = built;
    this.statusWarnings = org.cptx.terminology.StatusWarnings.of(resource);
    resource.getProperty().stream().filter(p -> p.hasUri()).forEach(p -> propertyUris.put(p.getCode(), p.getUri()));
    this.info = new CodeSystemInfo(resource.getUrl(), resource.getVersion(), resource.getName(),
        resource.getTitle(), resource.hasLanguage() ? resource.getLanguage() : null, resource.hasContent() ? resource.getContent().toCode() : null, caseSensitive,
        resource.getCopyright(), resource.hasValueSet() ? resource.getValueSet() : null, built.size());
  }

  private void index(ConceptDefinitionComponent c, String parent, Map<String, ConceptBuilder> builders) {
    ConceptBuilder b = builders.computeIfAbsent(c.getCode(), code -> new ConceptBuilder(c));
    if (parent != null) {
      b.parents.add(parent);
      builders.get(parent).children.add(c.getCode());
    }
    for (ConceptDefinitionComponent child : c.getConcept()) {
      index(child, c.getCode(), builders);
    }
  }

  private String key(String code) {
    return caseSensitive ? code : code.toLowerCase(Locale.ROOT);
  }

  @Override
  public List<String> supplements() {
    return List.copyOf(supplementCanonicals);
  }

  @Override
  public CodeSystemInfo info() {
    return info;
  }

  @Override
  public Optional<Concept> concept(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(concepts.get(key(code)));
  }

  @Override
  public List<String> statusWarnings() {
    return statusWarnings;
  }

  @Override
  public Optional<String> propertyUri(String propertyCode) {
    return Optional.ofNullable(propertyUris.get(propertyCode));
  }

  @Override
  public Stream<Concept> concepts() {
    return concepts.values().stream();
  }

  /** Collects one concept's parts while the resource and its supplements are read. */
  static final class ConceptBuilder {
    final String code;
    final String display;
    final String definition;
    final List<Designation> designations = new ArrayList<>();
    final List<ConceptProperty> properties = new ArrayList<>();
    final List<String> parents = new ArrayList<>();
    final List<String> children = new ArrayList<>();

    ConceptBuilder(ConceptDefinitionComponent c) {
      this.code = c.getCode();
      this.display = c.getDisplay();
      this.definition = c.getDefinition();
      add(c);
    }

    void add(ConceptDefinitionComponent c) {
      for (var d : c.getDesignation()) {
        designations.add(new Designation(d.getLanguage(), d.hasUse() ? d.getUse() : null, d.getValue()));
      }
      for (var p : c.getProperty()) {
        properties.add(ConceptProperty.of(p.getCode(), p.getValue()));
      }
      properties.addAll(ConceptHistory.read(c));
    }

    Concept build(Map<String, ConceptBuilder> all) {
      String status = ConceptStatus.status(properties);
      boolean inactive = ConceptStatus.inactive(properties, status);
      List<ConceptProperty> props = new ArrayList<>();
      parents.forEach(p -> props.add(ConceptProperty.described("parent", new CodeType(p), all.get(p).display)));
      children.forEach(c -> props.add(ConceptProperty.described("child", new CodeType(c), all.get(c).display)));
      props.addAll(properties);
      if (properties.stream().noneMatch(p -> p.code().equals("inactive"))) {
        props.add(ConceptProperty.of("inactive", new BooleanType(inactive)));
      }
      return new Concept(code, display, definition, designations, props, parents, children,
          ConceptStatus.notSelectable(properties), status, inactive);
    }
  }

  /** Adds a supplement's designations and properties to the concepts it names. */
  static final class SupplementMerger {
    private SupplementMerger() {}

    static void merge(CodeSystem supplement, Map<String, ConceptBuilder> builders) {
      for (ConceptDefinitionComponent c : supplement.getConcept()) {
        ConceptBuilder target = builders.get(c.getCode());
        if (target != null) {
          target.add(c);
        }
      }
    }
  }
}
