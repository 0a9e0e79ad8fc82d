package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.messages.CodeSystemMessages;
import org.cptx.terminology.model.Designation;

/** $lookup: finds the provider and the concept, then selects what the request asked for. */
public final class LookupService {

  private final CodeSystemRegistry registry;

  public LookupService(CodeSystemRegistry registry) {
    this.registry = registry;
  }

  /**
   * Looks one code up.
   *
   * @throws TerminologyException NOT_FOUND when the system, the version or the code is unknown
   */
  public LookupResult lookup(LookupRequest request) {
    CodeSystemProvider provider = provider(registry, request.system(), request.version());
    Concept concept = concept(provider, request.code(), "code");
    List<ConceptProperty> properties = new ArrayList<>();
    for (ConceptProperty p : concept.properties()) {
      if (request.wants(p.code())) {
        properties.add(p);
      }
    }
    for (ConceptProperty p : provider.lookupExtras(concept)) {
      if (request.wants(p.code())) {
        properties.add(p);
      }
    }
    List<Designation> designations =
        request.wants("designation")
            ? Displays.withDisplayDesignation(concept, provider.info().language())
            : List.of();
    String definition = request.wants("definition") ? concept.definition() : null;
    return new LookupResult(
        provider.info(),
        concept.code(),
        Displays.show(concept, request.displayLanguage(), provider.info().language()).display(),
        definition,
        concept.notSelectable(),
        designations,
        properties,
        provider.supplements());
  }

  /**
   * The provider of this system and version (null: the latest).
   *
   * @throws TerminologyException NOT_FOUND when the system or the version is unknown
   */
  static CodeSystemProvider provider(CodeSystemRegistry registry, String system, String version) {
    return registry
        .find(system, version)
        .orElseThrow(
            () -> CodeSystemMessages.systemNotFound(system, version, registry.versions(system)));
  }

  /**
   * The concept of a code: the provider's own error about an unknown code (e.g. a malformed
   * expression), else the generic one.
   *
   * @param location the request path of the code, for the issue
   * @throws TerminologyException NOT_FOUND when the code is unknown
   */
  static Concept concept(CodeSystemProvider provider, String code, String location) {
    return provider
        .concept(code)
        .orElseThrow(
            () ->
                provider.codeIssues(code, location).stream()
                    .filter(Issue::isError)
                    .findFirst()
                    .map(CodeSystemMessages::codeNotFound)
                    .orElseGet(() -> CodeSystemMessages.codeNotFound(code, provider.info())));
  }
}
