package org.cptx.content;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * The conformance resources the server holds, by type and id, for read and search. A resource whose
 * concepts were streamed into the engine is held as its metadata only; read and search parse its
 * file again when asked for it (the result is kept while memory allows).
 */
public final class ResourceStore {

  private final Map<String, Map<String, Entry>> byType = new LinkedHashMap<>();

  void add(MetadataResource resource) {
    put(resource, new Entry(resource, null));
  }

  /** A resource held as its metadata, with the way to get the whole resource back. */
  void add(MetadataResource metadata, Supplier<MetadataResource> whole) {
    put(metadata, new Entry(metadata, whole));
  }

  private void put(MetadataResource resource, Entry entry) {
    byType
        .computeIfAbsent(resource.fhirType(), t -> new LinkedHashMap<>())
        .put(resource.getIdElement().getIdPart(), entry);
  }

  boolean contains(String type, String id) {
    return byType.getOrDefault(type, Map.of()).containsKey(id);
  }

  /** The whole resource. */
  public <T extends MetadataResource> Optional<T> read(Class<T> type, String id) {
    return entry(type, id).map(e -> type.cast(e.whole()));
  }

  /**
   * The resource's metadata: url, version, name, status and so on; for a streamed CodeSystem,
   * without concepts.
   */
  public <T extends MetadataResource> Optional<T> metadata(Class<T> type, String id) {
    return entry(type, id).map(e -> type.cast(e.metadata));
  }

  public <T extends MetadataResource> List<T> all(Class<T> type) {
    Collection<Entry> values = byType.getOrDefault(type.getSimpleName(), Map.of()).values();
    List<T> result = new ArrayList<>(values.size());
    values.forEach(e -> result.add(type.cast(e.whole())));
    return result;
  }

  /** The metadata of every resource of this type (for a streamed CodeSystem, without concepts). */
  public <T extends MetadataResource> List<T> allMetadata(Class<T> type) {
    Collection<Entry> values = byType.getOrDefault(type.getSimpleName(), Map.of()).values();
    return values.stream().map(e -> type.cast(e.metadata)).toList();
  }

  private Optional<Entry> entry(Class<?> type, String id) {
    return Optional.ofNullable(byType.getOrDefault(type.getSimpleName(), Map.of()).get(id));
  }

  /**
   * One resource: its metadata and, when that is not the whole resource, how to read the whole one.
   */
  private static final class Entry {
    private final MetadataResource metadata;
    private final Supplier<MetadataResource> reader;
    private SoftReference<MetadataResource> cached = new SoftReference<>(null);

    Entry(MetadataResource metadata, Supplier<MetadataResource> reader) {
      this.metadata = metadata;
      this.reader = reader;
    }

    synchronized MetadataResource whole() {
      if (reader == null) {
        return metadata;
      }
      MetadataResource whole = cached.get();
      if (whole == null) {
        whole = reader.get();
        cached = new SoftReference<>(whole);
      }
      return whole;
    }
  }
}
