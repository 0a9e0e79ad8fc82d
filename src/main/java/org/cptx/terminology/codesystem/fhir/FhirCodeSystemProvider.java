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
import org.cptx.terminology.model.CodeSystemDefinition;

/**
 * A code system backed by a CodeSystem resource, with the supplements that apply to it merged in.
 * Concepts are indexed once at construction; nested concepts get {@code parent} and {@code child}
 * properties.
 */
public final class FhirCodeSystemProvider implements CodeSystemProvider {

  private final CodeSystemInfo info;
  private final Map<String, Concept> concepts;
  private final boolean caseSensitive;
  private final Map<String, String> propertyUris = new LinkedHashMap<>();
  private final List<String> statusWarnings;
  private final List<String> supplementCanonicals = new ArrayList<>();

  public FhirCodeSystemProvider(
      CodeSystemDefinition resource, List<CodeSystemDefinition> supplements) {
    this(
        resource,
        ConceptParts.of(resource.concepts()),
        supplements.stream().map(s -> ConceptParts.of(s.concepts())).toList(),
        supplements);
  }

  /**
   * @param resource the code system's metadata (its concepts, if any, are not read here)
   * @param concepts its concepts, depth first
   * @param supplements the concepts of each supplement that applies
   * @param supplementResources the metadata of each of those supplements, in the same order (their
   *     canonicals and property declarations are read; their concepts are not)
   */
  public FhirCodeSystemProvider(
      CodeSystemDefinition resource,
      List<ConceptParts> concepts,
      List<List<ConceptParts>> supplements,
      List<CodeSystemDefinition> supplementResources) {
    supplementResources.forEach(
        s -> supplementCanonicals.add(org.cptx.terminology.Canonicals.of(s.url(), s.version())));
    this.caseSensitive = !Boolean.FALSE.equals(resource.caseSensitive());
    Map<String, ConceptBuilder> builders = new LinkedHashMap<>();
    concepts.forEach(c -> index(c, builders));
    for (int i = 0; i < supplements.size(); i++) {
      merge(supplements.get(i), supplementCanonicals.get(i), builders);
    }
    Map<String, Concept> built = new LinkedHashMap<>();
    resource.properties().stream()
        .filter(p -> p.uri() != null)
        .forEach(p -> propertyUris.put(p.code(), p.uri()));
    supplementResources.stream()
        .flatMap(s -> s.properties().stream())
        .filter(p -> p.uri() != null)
        .forEach(p -> propertyUris.putIfAbsent(p.code(), p.uri()));
    ConceptStatus standard = new ConceptStatus(propertyUris);
    builders.forEach((code, b) -> built.put(key(code), b.build(builders, standard)));
    this.concepts = built;
    this.statusWarnings =
        org.cptx.terminology.StatusWarnings.of(
            resource.status(), resource.experimental(), resource.extensions());
    this.info =
        new CodeSystemInfo(
            resource.url(),
            resource.version(),
            resource.name(),
            resource.title(),
            resource.language(),
            resource.content(),
            caseSensitive,
            resource.copyright(),
            resource.valueSet(),
            built.size());
  }

  private static void index(ConceptParts c, Map<String, ConceptBuilder> builders) {
    ConceptBuilder b = builders.computeIfAbsent(c.code(), code -> new ConceptBuilder(c));
    if (c.parent() != null) {
      b.parents.add(c.parent());
      builders.get(c.parent()).children.add(c.code());
    }
  }

  /**
   * Adds a supplement's designations (marked with the supplement they come from) and properties to
   * the concepts it names (its top-level concepts only).
   */
  private static void merge(
      List<ConceptParts> supplement, String canonical, Map<String, ConceptBuilder> builders) {
    for (ConceptParts c : supplement) {
      ConceptBuilder target = c.parent() == null ? builders.get(c.code()) : null;
      if (target != null) {
        target.add(
            new ConceptParts(
                c.code(),
                c.display(),
                c.definition(),
                c.parent(),
                c.designations().stream().map(d -> d.from(canonical)).toList(),
                c.properties(),
                c.extras(),
                c.standardsStatus()));
      }
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
}
