package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cptx.terminology.Versions;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * Value sets by url and version; a catalogue may sit over another (request-supplied over the
 * server's).
 */
public final class ValueSetCatalog {

  private final Map<String, List<ValueSetDefinition>> byUrl = new LinkedHashMap<>();
  private final ValueSetCatalog parent;

  public ValueSetCatalog() {
    this(null);
  }

  private ValueSetCatalog(ValueSetCatalog parent) {
    this.parent = parent;
  }

  public void add(ValueSetDefinition valueSet) {
    List<ValueSetDefinition> versions =
        byUrl.computeIfAbsent(valueSet.url(), u -> new ArrayList<>());
    versions.removeIf(v -> java.util.Objects.equals(v.version(), valueSet.version()));
    versions.add(valueSet);
    versions.sort(Comparator.comparing(ValueSetDefinition::version, Versions.ORDER));
  }

  /**
   * A catalogue holding these value sets over this one: theirs win for the same url and version.
   */
  public ValueSetCatalog overlay(Collection<ValueSetDefinition> valueSets) {
    if (valueSets.isEmpty()) {
      return this;
    }
    ValueSetCatalog overlay = new ValueSetCatalog(this);
    valueSets.forEach(overlay::add);
    return overlay;
  }

  /** The value set with this url and version; with no version, the latest. */
  public Optional<ValueSetDefinition> find(String url, String version) {
    List<ValueSetDefinition> versions = byUrl.getOrDefault(url, List.of());
    Optional<ValueSetDefinition> mine =
        version == null
            ? versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1))
            : versions.stream().filter(v -> version.equals(v.version())).findFirst();
    return mine.isPresent() || parent == null ? mine : parent.find(url, version);
  }

  /** Every value set held, the parent's first. */
  public List<ValueSetDefinition> all() {
    List<ValueSetDefinition> all = new ArrayList<>(parent == null ? List.of() : parent.all());
    byUrl.values().forEach(all::addAll);
    return all;
  }

  /** The versions held for this url, oldest first. */
  public List<String> versions(String url) {
    List<String> all = new ArrayList<>(parent == null ? List.of() : parent.versions(url));
    byUrl.getOrDefault(url, List.of()).forEach(v -> all.add(v.version()));
    return all.stream().distinct().toList();
  }
}
