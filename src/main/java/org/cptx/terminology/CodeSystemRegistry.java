package org.cptx.terminology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Code system providers by url and version. An unknown system is an empty answer, never an exception. */
public final class CodeSystemRegistry {

  private final Map<String, List<CodeSystemProvider>> byUrl = new LinkedHashMap<>();

  /** Adds a provider; a second provider for the same url and version is refused. */
  public void register(CodeSystemProvider provider) {
    CodeSystemInfo info = provider.info();
    List<CodeSystemProvider> versions = byUrl.computeIfAbsent(info.url(), u -> new ArrayList<>());
    for (CodeSystemProvider existing : versions) {
      if (java.util.Objects.equals(existing.info().version(), info.version())) {
        throw new IllegalArgumentException("code system " + info.canonical() + " is defined twice");
      }
    }
    versions.add(provider);
    versions.sort(Comparator.comparing((CodeSystemProvider p) -> p.info().version(), Versions.ORDER));
  }

  /** The provider for this url and version; with no version, the latest one. */
  public Optional<CodeSystemProvider> find(String url, String version) {
    List<CodeSystemProvider> versions = byUrl.getOrDefault(url, List.of());
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    if (version == null) {
      return Optional.of(versions.get(versions.size() - 1));
    }
    return versions.stream().filter(p -> version.equals(p.info().version())).findFirst();
  }

  public boolean knows(String url) {
    return byUrl.containsKey(url);
  }

  /** The versions held for this url, oldest first. */
  public List<String> versions(String url) {
    return byUrl.getOrDefault(url, List.of()).stream().map(p -> p.info().version()).toList();
  }

  public Collection<CodeSystemProvider> all() {
    return byUrl.values().stream().flatMap(List::stream).toList();
  }
}
