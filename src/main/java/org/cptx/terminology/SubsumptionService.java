package org.cptx.terminology;

/**
 * $subsumes: finds the provider and both concepts (unknown ones fail as in $lookup), then asks the
 * provider which subsumes which. Two codes of one concept (the same code, or a CPT expression with
 * its modifiers in another order) are equivalent.
 */
public final class SubsumptionService {

  private final CodeSystemRegistry registry;

  public SubsumptionService(CodeSystemRegistry registry) {
    this.registry = registry;
  }

  /**
   * @throws TerminologyException NOT_FOUND when the system, the version or either code is unknown
   */
  public Subsumption subsumes(SubsumesRequest request) {
    CodeSystemProvider provider =
        LookupService.provider(registry, request.system(), request.version());
    Concept a = LookupService.concept(provider, request.codeA(), "codeA");
    Concept b = LookupService.concept(provider, request.codeB(), "codeB");
    if (a.code().equals(b.code())
        || provider.subsumes(a.code(), b.code()) && provider.subsumes(b.code(), a.code())) {
      return Subsumption.EQUIVALENT;
    }
    if (provider.subsumes(a.code(), b.code())) {
      return Subsumption.SUBSUMES;
    }
    return provider.subsumes(b.code(), a.code())
        ? Subsumption.SUBSUMED_BY
        : Subsumption.NOT_SUBSUMED;
  }
}
