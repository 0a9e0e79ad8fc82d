package org.cptx.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.cptx.content.ContentLoader.SourcedResource;
import org.cptx.content.convert.FhirCodeSystems;
import org.cptx.content.convert.FhirConceptMaps;
import org.cptx.content.convert.FhirValueSets;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.codesystem.CodeSystemProviders;
import org.cptx.terminology.codesystem.CodeSystemSource;
import org.cptx.terminology.model.CodeSystemDefinition;
import org.cptx.terminology.model.ConceptMapDefinition;
import org.cptx.terminology.valueset.ValueSetCatalog;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.ConceptMap;
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
    List<ConceptMapDefinition> conceptMaps = new ArrayList<>();
    for (SourcedResource r : resources) {
      check(r, store);
      if (r.streamed() == null) {
        store.add(r.resource());
      } else {
        // neither r nor this (whose resources hold them): the store must not keep the streamed
        // concepts alive
        Path file = r.file();
        ContentLoader parser = loader;
        store.add(r.resource(), () -> parser.parse(file));
      }
      if (r.resource() instanceof ValueSet vs) {
        valueSets.add(FhirValueSets.definition(vs));
      }
      if (r.resource() instanceof ConceptMap map) {
        conceptMaps.add(FhirConceptMaps.definition(map));
      }
    }
    return new LoadedContent(store, registry(), valueSets, conceptMaps);
  }

  private CodeSystemRegistry registry() {
    CodeSystemRegistry registry = new CodeSystemRegistry();
    List<SourcedResource> supplementFiles =
        resources.stream().filter(ContentAssembler::isSupplement).toList();
    List<CodeSystemSource> supplements =
        supplementFiles.stream().map(ContentAssembler::source).toList();
    List<CodeSystemDefinition> definitions =
        supplements.stream().map(CodeSystemSource::definition).toList();
    Set<CodeSystemDefinition> used = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SourcedResource r : resources) {
      if (r.resource() instanceof CodeSystem && !isSupplement(r)) {
        CodeSystemSource source = source(r);
        List<CodeSystemDefinition> mine =
            CodeSystemProviders.supplementsOf(source.definition(), definitions);
        used.addAll(mine);
        List<CodeSystemSource> theirs =
            supplements.stream()
                .filter(s -> mine.stream().anyMatch(m -> m == s.definition()))
                .toList();
        try {
          registry.register(CodeSystemProviders.fromSource(source, theirs));
        } catch (IllegalArgumentException e) {
          throw new ContentException(r.file(), e.getMessage());
        }
      }
    }
    registerSupplements(registry, supplementFiles, definitions, used);
    return registry;
  }

  /** Records each supplement, which must supplement a code system loaded with it. */
  private static void registerSupplements(
      CodeSystemRegistry registry,
      List<SourcedResource> files,
      List<CodeSystemDefinition> definitions,
      Set<CodeSystemDefinition> used) {
    for (int i = 0; i < files.size(); i++) {
      CodeSystemDefinition supplement = definitions.get(i);
      registry.registerSupplement(supplement.url(), supplement.version());
      if (!used.contains(supplement)) {
        throw new ContentException(
            files.get(i).file(),
            "supplements " + supplement.supplements() + ", which is not loaded");
      }
    }
  }

  private static CodeSystemSource source(SourcedResource r) {
    return r.streamed() != null
        ? r.streamed().source()
        : CodeSystemSource.of(FhirCodeSystems.definition((CodeSystem) r.resource()));
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
    return r.resource() instanceof CodeSystem cs
        && cs.getContent() == CodeSystem.CodeSystemContentMode.SUPPLEMENT;
  }
}
