package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptExtras;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.ComposeMessages;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.model.ValueSetDefinition.Compose;
import org.cptx.terminology.model.ValueSetDefinition.ConceptSet;
import org.cptx.terminology.model.ValueSetDefinition.Filter;
import org.cptx.terminology.model.ValueSetDefinition.ListedConcept;
import org.cptx.terminology.valueset.filter.ConceptFilters;

/** Binds a ValueSet's compose to the code systems and value sets in scope. */
public final class ComposeCompiler {

  private final CodeSystemRegistry registry;
  private final ValueSetCatalog catalog;
  private final SystemVersions versions;

  /**
   * The value sets being compiled, innermost last: where a {@code #id} reference finds its
   * contained value set.
   */
  private final java.util.Deque<ValueSetDefinition> containers = new java.util.ArrayDeque<>();

  /** True when compiling for $expand, which words a missing pinned import as an expansion error. */
  private final boolean expanding;

  public ComposeCompiler(
      CodeSystemRegistry registry, ValueSetCatalog catalog, SystemVersions versions) {
    this(registry, catalog, versions, false);
  }

  private ComposeCompiler(
      CodeSystemRegistry registry,
      ValueSetCatalog catalog,
      SystemVersions versions,
      boolean expanding) {
    this.registry = registry;
    this.catalog = catalog;
    this.versions = versions;
    this.expanding = expanding;
  }

  /**
   * A compiler for $expand: the same binding, with the expansion's wording for a missing pinned
   * import.
   */
  public ComposeCompiler forExpansion() {
    return new ComposeCompiler(registry, catalog, versions, true);
  }

  public CompiledValueSet compile(ValueSetDefinition valueSet) {
    return compile(valueSet, List.of());
  }

  private CompiledValueSet compile(ValueSetDefinition valueSet, List<String> pathway) {
    boolean identified = valueSet.url() != null && !valueSet.url().isEmpty();
    String canonical =
        !identified
            ? "(unidentified)"
            : org.cptx.terminology.Canonicals.of(valueSet.url(), valueSet.version());
    if (identified && pathway.contains(canonical)) {
      throw ComposeMessages.circularValueSet(canonical, pathway);
    }
    if (pathway.size() > Limits.MAX_VALUE_SET_DEPTH) {
      throw ComposeMessages.valueSetTooDeep(valueSet.url());
    }
    List<String> path = new ArrayList<>(pathway);
    path.add(canonical);
    containers.addLast(valueSet);
    try {
      return compileBody(valueSet, path);
    } finally {
      containers.removeLast();
    }
  }

  private CompiledValueSet compileBody(ValueSetDefinition valueSet, List<String> path) {
    List<Issue> problems = new ArrayList<>();
    List<CodeSystemProvider> used = new ArrayList<>();
    List<Expansion.Note> applied = new ArrayList<>();
    Compose compose = valueSet.composeOrEmpty();
    List<Rule> includes = new ArrayList<>();
    for (int i = 0; i < compose.include().size(); i++) {
      ConceptSet include = compose.include().get(i);
      includes.add(rule(include, "ValueSet.compose.include[" + i + "]", path, problems, used));
      noteVersion(include, applied);
    }
    List<Rule> excludes = new ArrayList<>();
    for (int i = 0; i < compose.exclude().size(); i++) {
      excludes.add(
          rule(
              compose.exclude().get(i),
              "ValueSet.compose.exclude[" + i + "]",
              path,
              problems,
              used));
    }
    boolean inactive = !Boolean.FALSE.equals(compose.inactive());
    return new CompiledValueSet(
        valueSet, includes, excludes, inactive, problems, used, applied, versionsMatch(valueSet));
  }

  /** The value set's versionsMatch expansion parameter (an extension on its compose), or null. */
  private static Boolean versionsMatch(ValueSetDefinition valueSet) {
    return ValueSetDefaults.parameter(valueSet, "versionsMatch").map(Boolean::valueOf).orElse(null);
  }

  /** Records a request version parameter that decided the version of this include. */
  private void noteVersion(ConceptSet include, List<Expansion.Note> applied) {
    String system = include.system();
    if (system == null) {
      return;
    }
    Expansion.Note note =
        versions.forced().containsKey(system)
            ? new Expansion.Note(
                "force-system-version", system + "|" + versions.forced().get(system))
            : include.version() == null && versions.defaults().containsKey(system)
                ? new Expansion.Note(
                    "system-version", system + "|" + versions.defaults().get(system))
                : checkChooses(system, versions.pick(system, include.version()))
                    ? new Expansion.Note(
                        "check-system-version", system + "|" + versions.checks().get(system))
                    : null;
    if (note != null && !applied.contains(note)) {
      applied.add(note);
    }
  }

  /**
   * Whether a check-system-version chooses the version of an include that otherwise has none: the
   * latest version that passes the check, when one is held.
   */
  private boolean checkChooses(String system, String picked) {
    String check = versions.checks().get(system);
    return picked == null && check != null && registry.find(system, check).isPresent();
  }

  private Rule rule(
      ConceptSet set,
      String where,
      List<String> path,
      List<Issue> problems,
      List<CodeSystemProvider> used) {
    List<CompiledValueSet> imports = new ArrayList<>();
    boolean resolved = true;
    for (String ref : set.valueSets()) {
      Optional<CompiledValueSet> imported = importValueSet(ref, path);
      if (imported.isEmpty()) {
        String asked =
            ref.contains("|")
                ? ref
                : versions.valueSetDefaults().containsKey(ref)
                    ? ref + "|" + versions.valueSetDefaults().get(ref)
                    : ref;
        problems.add(
            expanding && asked.contains("|")
                ? ComposeMessages.unknownPinnedImportInExpansion(asked)
                : ComposeMessages.unknownValueSetImport(asked));
        resolved = false;
      } else {
        imported.get().problems().forEach(problems::add);
        imported.get().used().stream().filter(p -> !used.contains(p)).forEach(used::add);
        imports.add(imported.get());
      }
    }
    if (set.system() == null) {
      return new Rule(null, null, null, imports, resolved);
    }
    String version = versions.pick(set.system(), set.version());
    if (checkChooses(set.system(), version)) {
      version = versions.checks().get(set.system());
    }
    Optional<CodeSystemProvider> system = registry.find(set.system(), version);
    if (system.isEmpty()) {
      problems.add(
          ComposeMessages.unknownSystemInCompose(
              set.system(), version, registry.versions(set.system())));
      return new Rule(null, null, null, imports, false);
    }
    if (!used.contains(system.get())) {
      used.add(system.get());
    }
    return new Rule(
        system.get(),
        listed(set, system.get()),
        filter(set, system.get(), where),
        imports,
        resolved,
        set.version());
  }

  private Optional<CompiledValueSet> importValueSet(String canonical, List<String> path) {
    if (canonical.startsWith("#")) {
      return contained(canonical.substring(1)).map(vs -> compile(vs, path));
    }
    int bar = canonical.indexOf('|');
    String url = bar < 0 ? canonical : canonical.substring(0, bar);
    String version = bar < 0 ? versions.valueSetDefaults().get(url) : canonical.substring(bar + 1);
    return catalog.find(url, version).map(vs -> compile(vs, path));
  }

  /** A value set contained in one of the value sets being compiled, by its local id. */
  private Optional<ValueSetDefinition> contained(String id) {
    java.util.Iterator<ValueSetDefinition> outward = containers.descendingIterator();
    while (outward.hasNext()) {
      for (ValueSetDefinition vs : outward.next().contained()) {
        String localId = vs.id();
        if (id.equals(localId) || ("#" + id).equals(localId)) {
          return Optional.of(vs);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where FHIR's own extensions are defined; others on a value set's designations are not repeated.
   */
  private static final String CORE_EXTENSIONS = "http://hl7.org/fhir/StructureDefinition/";

  private static Map<String, ListedCode> listed(ConceptSet set, CodeSystemProvider system) {
    if (set.concepts().isEmpty()) {
      return null;
    }
    Map<String, ListedCode> listed = new LinkedHashMap<>();
    for (ListedConcept c : set.concepts()) {
      String code = system.concept(c.code()).map(Concept::code).orElse(c.code());
      listed.put(
          code,
          new ListedCode(
              c.display(),
              deprecated(c),
              ConceptExtras.ofValueSet(c.extensions()),
              designations(c)));
    }
    return listed;
  }

  /** The designations a value set gives a listed code, with the core FHIR extensions they carry. */
  private static List<org.cptx.terminology.model.Designation> designations(ListedConcept c) {
    return c.designations().stream()
        .map(
            d ->
                new org.cptx.terminology.model.Designation(
                    d.language(),
                    d.use(),
                    d.value(),
                    d.extensions().stream()
                        .filter(x -> x.url().startsWith(CORE_EXTENSIONS))
                        .toList()))
        .toList();
  }

  /**
   * Whether the value set marks a listed code deprecated (valueset-deprecated, or a deprecated
   * standards status).
   */
  private static boolean deprecated(ListedConcept c) {
    return c.extensions().stream()
        .anyMatch(
            e ->
                e.value() != null
                    && (e.url().endsWith("/valueset-deprecated") && "true".equals(e.valueText())
                        || e.url().endsWith("/structuredefinition-standards-status")
                            && "deprecated".equals(e.valueText())));
  }

  private static Predicate<Concept> filter(
      ConceptSet set, CodeSystemProvider system, String where) {
    Predicate<Concept> all = null;
    for (int i = 0; i < set.filters().size(); i++) {
      Filter f = set.filters().get(i);
      String op = f.op();
      if (f.value() == null || f.value().isEmpty()) {
        throw ComposeMessages.filterWithoutValue(
            system.info().url(), f.property(), op, where + ".filter[" + i + "]");
      }
      Predicate<Concept> one =
          system
              .filter(op, f.property(), f.value())
              .orElseGet(
                  () ->
                      ConceptFilters.forOp(op)
                          .orElseThrow(
                              () ->
                                  ComposeMessages.unsupportedFilter(
                                      String.valueOf(op), f.property(), system.info().url()))
                          .compile(system, f.property(), f.value()));
      all = all == null ? one : all.and(one);
    }
    return all;
  }
}
