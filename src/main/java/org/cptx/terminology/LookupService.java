package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.messages.CodeSystemMessages;

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
    CodeSystemProvider provider = registry.find(request.system(), request.version())
        .orElseThrow(() -> CodeSystemMessages.systemNotFound(
            request.system(), request.version(), registry.versions(request.system())));
    Concept concept = provider.concept(request.code())
        .orElseThrow(() -> notFound(provider, request.code()));
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
    List<Designation> designations = request.wants("designation")
        ? Displays.withDisplayDesignation(concept, provider.info().language()) : List.of();
    String definition = request.wants("definition") ? concept.definition() : null;
    return new LookupResult(provider.info(), concept.code(), Displays.show(concept, request.displayLanguage(), provider.info().language()).display(),
        definition, concept.notSelectable(), designations, properties, provider.supplements());
  }

  /** The provider's own error about an unknown code (e.g. a malformed expression), else the generic one. */
  private static TerminologyException notFound(CodeSystemProvider provider, String code) {
    return provider.codeIssues(code, "code").stream().filter(Issue::isError).findFirst()
        .map(CodeSystemMessages::codeNotFound).orElseGet(() -> CodeSystemMessages.codeNotFound(code, provider.info()));
  }
}
