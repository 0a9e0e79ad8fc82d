package org.cptx.terminology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Code system providers by url and version. An unknown system is an empty answer, never an
 * exception. A registry may sit over another: the request-supplied systems over the server's,
 * theirs winning for the same version.
 */
public final class CodeSystemRegistry {

  private final Map<String, List<CodeSystemProvider>> byUrl = new LinkedHashMap<>();
  private final CodeSystemRegistry parent;

  /** How many providers have been registered here: what is derived from them is then stale. */
  private int registered;

  /**
   * The supplements held (url to url|version): a supplement is not a code system a Coding may name.
   */
  private final Map<String, String> supplements = new LinkedHashMap<>();

  public CodeSystemRegistry() {
    this(null);
  }

  private CodeSystemRegistry(CodeSystemRegistry parent) {
    this.parent = parent;
  }

  /** Adds a provider; a second provider for the same url and version is refused. */
  public void register(CodeSystemProvider provider) {
    CodeSystemInfo info = provider.info();
    List<CodeSystemProvider> versions = byUrl.computeIfAbsent(info.url(), u -> new ArrayList<>());
    for (CodeSystemProvider existing : versions) {
      if (Objects.equals(existing.info().version(), info.version())) {
        throw new IllegalArgumentException("code system " + info.canonical() + " is defined twice");
      }
    }
    versions.add(provider);
    registered++;
    versions.sort(
        Comparator.comparing((CodeSystemProvider p) -> p.info().version(), Versions.ORDER));
  }

  /** Records a supplement by its url and version, so a Coding that names it is told it is one. */
  public void registerSupplement(String url, String version) {
    supplements.put(url, version == null ? url : url + "|" + version);
  }

  /** The url|version of the supplement with this url, if one is held. */
  public Optional<String> supplement(String url) {
    String own = supplements.get(url);
    return own != null
        ? Optional.of(own)
        : parent == null ? Optional.empty() : parent.supplement(url);
  }

  /** A registry holding these providers over this one. */
  public CodeSystemRegistry overlay(Collection<CodeSystemProvider> providers) {
    return overlay(providers, List.of());
  }

  /** A registry holding these providers and supplements over this one. */
  public CodeSystemRegistry overlay(
      Collection<CodeSystemProvider> providers,
      Collection<org.cptx.terminology.model.CodeSystemDefinition> supplementResources) {
    if (providers.isEmpty() && supplementResources.isEmpty()) {
      return this;
    }
    CodeSystemRegistry overlay = new CodeSystemRegistry(this);
    supplementResources.forEach(s -> overlay.registerSupplement(s.url(), s.version()));
    for (CodeSystemProvider p : providers) {
      overlay
          .byUrl
          .computeIfAbsent(p.info().url(), u -> new ArrayList<>())
          .removeIf(e -> Objects.equals(e.info().version(), p.info().version()));
      overlay.register(p);
    }
    return overlay;
  }

  /**
   * The provider for this url and version; with no version, the latest one; with a wildcard version
   * ({@code 1.0.x}), the latest one that matches.
   */
  public Optional<CodeSystemProvider> find(String url, String version) {
    List<CodeSystemProvider> versions = providers(url);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    if (version == null) {
      return Optional.of(versions.get(versions.size() - 1));
    }
    Optional<CodeSystemProvider> latest = Optional.empty();
    for (CodeSystemProvider p : versions) {
      if (Versions.matches(version, p.info().version())) {
        latest = Optional.of(p);
      }
    }
    return latest;
  }

  /**
   * A number that grows whenever a provider is registered here or in the registry this one lies
   * over: what was derived from the providers at one revision holds while it stays the same.
   */
  public int revision() {
    return registered + (parent == null ? 0 : parent.revision());
  }

  public boolean knows(String url) {
    return byUrl.containsKey(url) || parent != null && parent.knows(url);
  }

  /** The versions held for this url, oldest first. */
  public List<String> versions(String url) {
    return providers(url).stream().map(p -> p.info().version()).toList();
  }

  public Collection<CodeSystemProvider> all() {
    Map<String, CodeSystemProvider> all = new LinkedHashMap<>();
    if (parent != null) {
      parent.all().forEach(p -> all.put(p.info().canonical(), p));
    }
    byUrl.values().stream().flatMap(List::stream).forEach(p -> all.put(p.info().canonical(), p));
    return List.copyOf(all.values());
  }

  /**
   * Every provider for the url, this registry's replacing the parent's of the same version, oldest
   * first.
   */
  private List<CodeSystemProvider> providers(String url) {
    List<CodeSystemProvider> mine = byUrl.getOrDefault(url, List.of());
    if (parent == null) {
      return mine;
    }
    List<CodeSystemProvider> merged = new ArrayList<>(parent.providers(url));
    merged.removeIf(
        p -> mine.stream().anyMatch(m -> Objects.equals(m.info().version(), p.info().version())));
    merged.addAll(mine);
    merged.sort(Comparator.comparing((CodeSystemProvider p) -> p.info().version(), Versions.ORDER));
    return merged;
  }
}
