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
import org.cptx.terminology.valueset.filter.ConceptFilters;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetFilterComponent;

/** Binds a ValueSet's compose to the code systems and value sets in scope. */
public final class ComposeCompiler {

  private final CodeSystemRegistry registry;
  private final ValueSetCatalog catalog;
  private final SystemVersions versions;

  /**
   * The value sets being compiled, innermost last: where a {@code #id} reference finds its
   * contained value set.
   */
  private final java.util.Deque<ValueSet> containers = new java.util.ArrayDeque<>();

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

  public CompiledValueSet compile(ValueSet valueSet) {
    return compile(valueSet, List.of());
  }

  private CompiledValueSet compile(ValueSet valueSet, List<String> pathway) {
    String canonical =
        !valueSet.hasUrl() ? "(unidentified)" : org.cptx.terminology.Canonicals.of(valueSet);
    if (valueSet.hasUrl() && pathway.contains(canonical)) {
      throw ComposeMessages.circularValueSet(canonical, pathway);
    }
    if (pathway.size() > Limits.MAX_VALUE_SET_DEPTH) {
      throw ComposeMessages.valueSetTooDeep(valueSet.getUrl());
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

  private CompiledValueSet compileBody(ValueSet valueSet, List<String> path) {
    List<Issue> problems = new ArrayList<>();
    List<CodeSystemProvider> used = new ArrayList<>();
    List<Expansion.Note> applied = new ArrayList<>();
    ValueSet.ValueSetComposeComponent compose = valueSet.getCompose();
    List<Rule> includes = new ArrayList<>();
    for (int i = 0; i < compose.getInclude().size(); i++) {
      ConceptSetComponent include = compose.getInclude().get(i);
      includes.add(rule(include, "ValueSet.compose.include[" + i + "]", path, problems, used));
      noteVersion(include, applied);
    }
    List<Rule> excludes = new ArrayList<>();
    for (int i = 0; i < compose.getExclude().size(); i++) {
      excludes.add(
          rule(
              compose.getExclude().get(i),
              "ValueSet.compose.exclude[" + i + "]",
              path,
              problems,
              used));
    }
    boolean inactive = !compose.hasInactive() || compose.getInactive();
    return new CompiledValueSet(
        valueSet, includes, excludes, inactive, problems, used, applied, versionsMatch(valueSet));
  }

  /** The value set's versionsMatch expansion parameter (an extension on its compose), or null. */
  private static Boolean versionsMatch(ValueSet valueSet) {
    for (var ext :
        valueSet
            .getCompose()
            .getExtensionsByUrl(
                "http://hl7.org/fhir/StructureDefinition/valueset-expansion-parameter")) {
      var name = ext.getExtensionByUrl("name");
      var value = ext.getExtensionByUrl("value");
      if (name != null
          && value != null
          && "versionsMatch".equals(name.getValue().primitiveValue())) {
        return Boolean.valueOf(value.getValue().primitiveValue());
      }
    }
    return null;
  }

  /** Records a request version parameter that decided the version of this include. */
  private void noteVersion(ConceptSetComponent include, List<Expansion.Note> applied) {
    String system = include.getSystem();
    if (system == null) {
      return;
    }
    Expansion.Note note =
        versions.forced().containsKey(system)
            ? new Expansion.Note(
                "force-system-version", system + "|" + versions.forced().get(system))
            : !include.hasVersion() && versions.defaults().containsKey(system)
                ? new Expansion.Note(
                    "system-version", system + "|" + versions.defaults().get(system))
                : checkChooses(system, versions.pick(system, include.getVersion()))
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
      ConceptSetComponent set,
      String where,
      List<String> path,
      List<Issue> problems,
      List<CodeSystemProvider> used) {
    List<CompiledValueSet> imports = new ArrayList<>();
    boolean resolved = true;
    for (CanonicalType ref : set.getValueSet()) {
      Optional<CompiledValueSet> imported = importValueSet(ref.getValue(), path);
      if (imported.isEmpty()) {
        String asked =
            ref.getValue().contains("|")
                ? ref.getValue()
                : versions.valueSetDefaults().containsKey(ref.getValue())
                    ? ref.getValue() + "|" + versions.valueSetDefaults().get(ref.getValue())
                    : ref.getValue();
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
    if (!set.hasSystem()) {
      return new Rule(null, null, null, imports, resolved);
    }
    String version = versions.pick(set.getSystem(), set.getVersion());
    if (checkChooses(set.getSystem(), version)) {
      version = versions.checks().get(set.getSystem());
    }
    Optional<CodeSystemProvider> system = registry.find(set.getSystem(), version);
    if (system.isEmpty()) {
      problems.add(
          ComposeMessages.unknownSystemInCompose(
              set.getSystem(), version, registry.versions(set.getSystem())));
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
        set.hasVersion() ? set.getVersion() : null);
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

  /**
   * The filter's operator: R4's own codes, or an R5 operator (such as {@code child-of}) that an R4
   * request carries as the cross-version extension on the op element.
   */
  private static String operator(ConceptSetFilterComponent filter) {
    String op = filter.getOpElement().getValueAsString();
    if (op != null) {
      return op;
    }
    var r5 =
        filter
            .getOpElement()
            .getExtensionByUrl(
                "http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.compose.include.filter.op");
    return r5 == null || r5.getValue() == null ? null : r5.getValue().primitiveValue();
  }

  /** A value set contained in one of the value sets being compiled, by its local id. */
  private Optional<ValueSet> contained(String id) {
    java.util.Iterator<ValueSet> outward = containers.descendingIterator();
    while (outward.hasNext()) {
      for (var r : outward.next().getContained()) {
        String localId = r.getIdElement().getIdPart();
        if (r instanceof ValueSet vs && (id.equals(localId) || ("#" + id).equals(localId))) {
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

  private static Map<String, ListedCode> listed(
      ConceptSetComponent set, CodeSystemProvider system) {
    if (!set.hasConcept()) {
      return null;
    }
    Map<String, ListedCode> listed = new LinkedHashMap<>();
    for (ValueSet.ConceptReferenceComponent c : set.getConcept()) {
      String code = system.concept(c.getCode()).map(Concept::code).orElse(c.getCode());
      listed.put(
          code,
          new ListedCode(
              c.hasDisplay() ? c.getDisplay() : null,
              deprecated(c),
              ConceptExtras.ofValueSet(c.getExtension()),
              designations(c)));
    }
    return listed;
  }

  /** The designations a value set gives a listed code, with the core FHIR extensions they carry. */
  private static List<org.cptx.terminology.Designation> designations(
      ValueSet.ConceptReferenceComponent c) {
    return c.getDesignation().stream()
        .map(
            d ->
                new org.cptx.terminology.Designation(
                    d.hasLanguage() ? d.getLanguage() : null,
                    d.hasUse() ? d.getUse() : null,
                    d.getValue(),
                    d.getExtension().stream()
                        .filter(x -> x.getUrl().startsWith(CORE_EXTENSIONS))
                        .toList()))
        .toList();
  }

  /**
   * Whether the value set marks a listed code deprecated (valueset-deprecated, or a deprecated
   * standards status).
   */
  private static boolean deprecated(ValueSet.ConceptReferenceComponent c) {
    return c.getExtension().stream()
        .anyMatch(
            e ->
                e.getValue() != null
                    && (e.getUrl().endsWith("/valueset-deprecated")
                            && "true".equals(e.getValue().primitiveValue())
                        || e.getUrl().endsWith("/structuredefinition-standards-status")
                            && "deprecated".equals(e.getValue().primitiveValue())));
  }

  private static Predicate<Concept> filter(
      ConceptSetComponent set, CodeSystemProvider system, String where) {
    Predicate<Concept> all = null;
    for (int i = 0; i < set.getFilter().size(); i++) {
      ConceptSetFilterComponent f = set.getFilter().get(i);
      String op = operator(f);
      if (f.getValue() == null || f.getValue().isEmpty()) {
        throw ComposeMessages.filterWithoutValue(
            system.info().url(), f.getProperty(), op, where + ".filter[" + i + "]");
      }
      Predicate<Concept> one =
          system
              .filter(op, f.getProperty(), f.getValue())
              .orElseGet(
                  () ->
                      ConceptFilters.forOp(op)
                          .orElseThrow(
                              () ->
                                  ComposeMessages.unsupportedFilter(
                                      String.valueOf(op), f.getProperty(), system.info().url()))
                          .compile(system, f.getProperty(), f.getValue()));
      all = all == null ? one : all.and(one);
    }
    return all;
  }
}
