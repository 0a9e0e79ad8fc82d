package org.cptx.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.MetadataResource;

/** The conformance resources the server holds, by type and id, for read and search. */
public final class ResourceStore {

  private final Map<String, Map<String, MetadataResource>> byType = new LinkedHashMap<>();

  void add(MetadataResource resource) {
    byType.computeIfAbsent(resource.fhirType(), t -> new LinkedHashMap<>())
        .put(resource.getIdElement().getIdPart(), resource);
  }

  boolean contains(String type, String id) {
    return byType.getOrDefault(type, Map.of()).containsKey(id);
  }

  public <T extends MetadataResource> Optional<T> read(Class<T> type, String id) {
    return Optional.ofNullable(type.cast(byType.getOrDefault(type.getSimpleName(), Map.of()).get(id)));
  }

  public <T extends MetadataResource> List<T> all(Class<T> type) {
    Collection<MetadataResource> values = byType.getOrDefault(type.getSimpleName(), Map.of()).values();
    List<T> result = new ArrayList<>(values.size());
    values.forEach(r -> result.add(type.cast(r)));
    return result;
  }
}
