package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.model.ValueSetDefinition.Compose;
import org.cptx.terminology.model.ValueSetDefinition.ConceptSet;

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
  private record Known(int revision, Map<String, ValueSetDefinition> byUrl) {}

  /** Made once per registry (and again after a provider is registered), not on every request. */
  private static final Map<CodeSystemRegistry, Known> KNOWN =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The implicit value set with this url, whether or not a stored one has the same url (made once
   * per registry revision; definitions are immutable, so it is shared).
   */
  public static Optional<ValueSetDefinition> find(CodeSystemRegistry registry, String url) {
    return Optional.ofNullable(known(registry).byUrl().get(url));
  }

  private static Known known(CodeSystemRegistry registry) {
    int revision = registry.revision();
    Known known = KNOWN.get(registry);
    if (known == null || known.revision() != revision) {
      known = new Known(revision, byUrl(registry));
      KNOWN.put(registry, known);
    }
    return known;
  }

  /** The implicit value sets a stored value set does not shadow, with their ids, in id order. */
  public static List<ValueSetDefinition> listed(
      CodeSystemRegistry registry, ValueSetCatalog catalog) {
    List<ValueSetDefinition> stored = catalog.all();
    Set<String> storedUrls = new HashSet<>();
    Set<String> taken = new HashSet<>();
    stored.forEach(
        vs -> {
          storedUrls.add(vs.url());
          taken.add(vs.id());
        });
    List<ValueSetDefinition> listed = new ArrayList<>();
    for (ValueSetDefinition vs : known(registry).byUrl().values()) {
      if (!storedUrls.contains(vs.url())) {
        listed.add(vs.withId(freeId(vs, taken)));
      }
    }
    listed.sort(Comparator.comparing(ValueSetDefinition::id));
    return listed;
  }

  private static Map<String, ValueSetDefinition> byUrl(CodeSystemRegistry registry) {
    List<CodeSystemProvider> latestFirst = new ArrayList<>(registry.all());
    Collections.reverse(latestFirst); // the registry lists each url's versions oldest first
    Map<String, ValueSetDefinition> byUrl = new LinkedHashMap<>();
    latestFirst.forEach(p -> p.implicitValueSets().forEach(vs -> byUrl.putIfAbsent(vs.url(), vs)));
    latestFirst.stream()
        .filter(p -> p.info().valueSet() != null)
        .forEach(p -> byUrl.putIfAbsent(p.info().valueSet(), allCodes(p)));
    return byUrl;
  }

  /** The value set of every code of this version of the system. */
  private static ValueSetDefinition allCodes(CodeSystemProvider p) {
    return new ValueSetDefinition(
        null,
        p.info().valueSet(),
        p.info().version(),
        p.info().name(),
        p.info().title() == null ? null : "All codes of " + p.info().title(),
        "active",
        null,
        null,
        null,
        null,
        null,
        List.of(),
        new Compose(
            List.of(new ConceptSet(p.info().url(), p.info().version())),
            List.of(),
            null,
            null,
            List.of()),
        List.of());
  }

  private static String freeId(ValueSetDefinition vs, Set<String> taken) {
    String wanted = vs.id() != null ? vs.id() : fromUrl(vs.url());
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
