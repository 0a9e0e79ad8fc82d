package org.cptx.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cptx.content.ContentLoader.SourcedResource;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.codesystem.CodeSystemProviders;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.MetadataResource;

/** Checks parsed resources and turns them into a store and a registry, or fails naming the file. */
final class ContentAssembler {

  private final List<SourcedResource> resources;

  ContentAssembler(List<SourcedResource> resources) {
    this.resources = resources;
  }

  LoadedContent assemble() {
    ResourceStore store = new ResourceStore();
    for (SourcedResource r : resources) {
      check(r, store);
      store.add(r.resource());
    }
    CodeSystemRegistry registry = new CodeSystemRegistry();
    List<SourcedResource> supplements = resources.stream().filter(ContentAssembler::isSupplement).toList();
    Set<SourcedResource> used = new HashSet<>();
    for (SourcedResource r : resources) {
      if (r.resource() instanceof CodeSystem cs && !isSupplement(r)) {
        List<CodeSystem> mine = new ArrayList<>();
        for (SourcedResource s : supplements) {
          if (supplementsSystem((CodeSystem) s.resource(), cs)) {
            mine.add((CodeSystem) s.resource());
            used.add(s);
          }
        }
        try {
          registry.register(CodeSystemProviders.fromResource(cs, mine));
        } catch (IllegalArgumentException e) {
          throw new ContentException(r.file(), e.getMessage());
        }
      }
    }
    for (SourcedResource s : supplements) {
      if (!used.contains(s)) {
        throw new ContentException(s.file(), "supplements " + ((CodeSystem) s.resource()).getSupplements()
            + ", which is not loaded");
      }
    }
    return new LoadedContent(store, registry);
  }

  private static void check(SourcedResource r, ResourceStore store) {
    MetadataResource res = r.resource();
    if (!res.getIdElement().hasIdPart()) {
      throw new ContentException(r.file(), "the " + res.fhirType() + " has no id");
    }
    if (!res.hasUrl()) {
      throw new ContentException(r.file(), "the " + res.fhirType() + " has no url");
    }
    if (store.contains(res.fhirType(), res.getIdElement().getIdPart())) {
      throw new ContentException(r.file(), "a " + res.fhirType() + " with id '" + res.getIdElement().getIdPart()
          + "' is already loaded");
    }
    if (res instanceof CodeSystem cs) {
      checkConcepts(r, cs.getConcept(), new HashSet<>());
      if (isSupplement(r) && !cs.hasSupplements()) {
        throw new ContentException(r.file(), "a supplement must say which code system it supplements");
      }
    }
  }

  private static void checkConcepts(SourcedResource r, List<ConceptDefinitionComponent> concepts, Set<String> seen) {
    for (ConceptDefinitionComponent c : concepts) {
      if (!c.hasCode() || c.getCode().isBlank()) {
        throw new ContentException(r.file(), "a concept has no code (after " + seen.size() + " concepts)");
      }
      if (!seen.add(c.getCode())) {
        throw new ContentException(r.file(), "the code '" + c.getCode() + "' is defined twice");
      }
      checkConcepts(r, c.getConcept(), seen);
    }
  }

  private static boolean isSupplement(SourcedResource r) {
    return r.resource() instanceof CodeSystem cs && cs.getContent() == CodeSystemContentMode.SUPPLEMENT;
  }

  private static boolean supplementsSystem(CodeSystem supplement, CodeSystem base) {
    String target = supplement.getSupplements();
    int bar = target.indexOf('|');
    String url = bar < 0 ? target : target.substring(0, bar);
    String version = bar < 0 ? null : target.substring(bar + 1);
    return url.equals(base.getUrl()) && (version == null || version.equals(base.getVersion()));
  }
}
