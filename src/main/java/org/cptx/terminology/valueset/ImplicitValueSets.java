package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.CodeSystemRegistry;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The value sets the engine knows without a ValueSet resource: those a code system declares (CPT's
 * {@code cpt-*}) and a code system's all-codes value set ({@code CodeSystem.valueSet}). Each url
 * appears once, made by the latest version of its code system; a declared one wins over an
 * all-codes one. Each has an id no stored value set uses: the id its code system gave it, else the
 * last segment of its url ({@code -2}, {@code -3}, ... added when that is taken).
 */
public final class ImplicitValueSets {

  private static final int MAX_ID = 64;

  private ImplicitValueSets() {}

  /** The implicit value sets of a registry at one of its revisions. */
  private record Known(int revision, Map<String, ValueSet> byUrl) {}

  /** Made once per registry (and again after a provider is registered), not on every request. */
  private static final Map<CodeSystemRegistry, Known> KNOWN =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /**
   * The implicit value set with this url, whether or not a stored one has the same url: a copy of
   * the one made for the registry, which the caller may change.
   */
  public static Optional<ValueSet> find(CodeSystemRegistry registry, String url) {
    int revision = registry.revision();
    Known known = KNOWN.get(registry);
    if (known == null || known.revision() != revision) {
      known = new Known(revision, byUrl(registry));
      KNOWN.put(registry, known);
    }
    return Optional.ofNullable(known.byUrl().get(url)).map(ValueSet::copy);
  }

  /** The implicit value sets a stored value set does not shadow, with their ids, in id order. */
  public static List<ValueSet> listed(CodeSystemRegistry registry, ValueSetCatalog catalog) {
    List<ValueSet> stored = catalog.all();
    Set<String> storedUrls = new HashSet<>();
    Set<String> taken = new HashSet<>();
    stored.forEach(
        vs -> {
          storedUrls.add(vs.getUrl());
          taken.add(vs.getIdElement().getIdPart());
        });
    List<ValueSet> listed = new ArrayList<>();
    for (ValueSet vs : byUrl(registry).values()) {
      if (!storedUrls.contains(vs.getUrl())) {
        vs.setId(freeId(vs, taken));
        listed.add(vs);
      }
    }
    listed.sort(java.util.Comparator.comparing(vs -> vs.getIdElement().getIdPart()));
    return listed;
  }

  private static Map<String, ValueSet> byUrl(CodeSystemRegistry registry) {
    List<CodeSystemProvider> latestFirst = new ArrayList<>(registry.all());
    java.util.Collections.reverse(
        latestFirst); // the registry lists each url's versions oldest first
    Map<String, ValueSet> byUrl = new LinkedHashMap<>();
    latestFirst.forEach(
        p -> p.implicitValueSets().forEach(vs -> byUrl.putIfAbsent(vs.getUrl(), vs)));
    latestFirst.stream()
        .filter(p -> p.info().valueSet() != null)
        .forEach(p -> byUrl.putIfAbsent(p.info().valueSet(), allCodes(p)));
    return byUrl;
  }

  /** The value set of every code of this version of the system. */
  private static ValueSet allCodes(CodeSystemProvider p) {
    ValueSet vs =
        new ValueSet()
            .setUrl(p.info().valueSet())
            .setVersion(p.info().version())
            .setStatus(PublicationStatus.ACTIVE);
    vs.setName(p.info().name());
    if (p.info().title() != null) {
      vs.setTitle("All codes of " + p.info().title());
    }
    vs.getCompose().addInclude().setSystem(p.info().url()).setVersion(p.info().version());
    return vs;
  }

  private static String freeId(ValueSet vs, Set<String> taken) {
    String wanted =
        vs.getIdElement().hasIdPart() ? vs.getIdElement().getIdPart() : fromUrl(vs.getUrl());
    String id = wanted;
    for (int n = 2; taken.contains(id); n++) {
      String suffix = "-" + n;
      id = wanted.substring(0, Math.min(wanted.length(), MAX_ID - suffix.length())) + suffix;
    }
    taken.add(id);
    return id;
  }

  /** A FHIR id from the url's last segment: letters, digits, '-' and '.', at most 64 characters. */
  static String fromUrl(String url) {
    String last = url.replaceAll("/+$", "");
    last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9.-]", "-");
    if (last.isEmpty()) {
      last = "valueset";
    }
    return last.length() > MAX_ID ? last.substring(0, MAX_ID) : last;
  }
}
