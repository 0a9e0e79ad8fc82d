package org.cptx.content;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cptx.content.ContentLoader.SourcedResource;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.codesystem.CodeSystemProviders;
import org.cptx.terminology.codesystem.CodeSystemSource;
import org.cptx.terminology.valueset.ValueSetCatalog;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Checks parsed resources and turns them into a store, a registry and a value-set catalogue, or
 * fails naming the file.
 */
final class ContentAssembler {

  private final List<SourcedResource> resources;
  private final ContentLoader loader;

  ContentAssembler(List<SourcedResource> resources, ContentLoader loader) {
    this.resources = resources;
    this.loader = loader;
  }

  LoadedContent assemble() {
    ResourceStore store = new ResourceStore();
    ValueSetCatalog valueSets = new ValueSetCatalog();
    for (SourcedResource r : resources) {
      check(r, store);
      if (r.streamed() == null) {
        store.add(r.resource());
      } else {
        Path file = r.file(); // not r: the store must not keep the streamed concepts alive
        store.add(r.resource(), () -> loader.parse(file));
      }
      if (r.resource() instanceof ValueSet vs) {
        valueSets.add(vs);
      }
    }
    return new LoadedContent(store, registry(), valueSets);
  }

  private CodeSystemRegistry registry() {
    CodeSystemRegistry registry = new CodeSystemRegistry();
    List<SourcedResource> supplements =
        resources.stream().filter(ContentAssembler::isSupplement).toList();
    List<CodeSystem> supplementResources =
        supplements.stream().map(s -> (CodeSystem) s.resource()).toList();
    Set<CodeSystem> used = new HashSet<>();
    for (SourcedResource r : resources) {
      if (r.resource() instanceof CodeSystem cs && !isSupplement(r)) {
        List<CodeSystem> mine = CodeSystemProviders.supplementsOf(cs, supplementResources);
        used.addAll(mine);
        try {
          registry.register(
              CodeSystemProviders.fromSource(source(r), mine.stream().map(this::source).toList()));
        } catch (IllegalArgumentException e) {
          throw new ContentException(r.file(), e.getMessage());
        }
      }
    }
    for (SourcedResource s : supplements) {
      CodeSystem supplement = (CodeSystem) s.resource();
      registry.registerSupplement(supplement.getUrl(), supplement.getVersion());
      if (!used.contains(supplement)) {
        throw new ContentException(
            s.file(),
            "supplements "
                + ((CodeSystem) s.resource()).getSupplements()
                + ", which is not loaded");
      }
    }
    return registry;
  }

  private CodeSystemSource source(SourcedResource r) {
    return r.streamed() != null ? r.streamed() : CodeSystemSource.of((CodeSystem) r.resource());
  }

  private CodeSystemSource source(CodeSystem supplement) {
    return source(
        resources.stream().filter(r -> r.resource() == supplement).findFirst().orElseThrow());
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
      throw new ContentException(
          r.file(),
          "a "
              + res.fhirType()
              + " with id '"
              + res.getIdElement().getIdPart()
              + "' is already loaded");
    }
    if (res instanceof CodeSystem cs) {
      checkConcepts(
          r,
          cs.getConcept(),
          new HashSet<>()); // a streamed file's codes were checked as it was read
      if (isSupplement(r) && !cs.hasSupplements()) {
        throw new ContentException(
            r.file(), "a supplement must say which code system it supplements");
      }
    }
  }

  private static void checkConcepts(
      SourcedResource r, List<ConceptDefinitionComponent> concepts, Set<String> seen) {
    for (ConceptDefinitionComponent c : concepts) {
      if (!c.hasCode() || c.getCode().isBlank()) {
        throw new ContentException(
            r.file(), "a concept has no code (after " + seen.size() + " concepts)");
      }
      if (!seen.add(c.getCode())) {
        throw new ContentException(r.file(), "the code '" + c.getCode() + "' is defined twice");
      }
      checkConcepts(r, c.getConcept(), seen);
    }
  }

  private static boolean isSupplement(SourcedResource r) {
    return r.resource() instanceof CodeSystem cs && CodeSystemProviders.isSupplement(cs);
  }
}
