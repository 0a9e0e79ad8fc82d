package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.StatusWarnings;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * The uri-valued parameters an expansion reports about what it drew on: {@code used-valueset} for
 * each imported value set (a contained one is part of the value set itself, not reported), {@code
 * warning-draft|experimental|deprecated|withdrawn} for each code system with that status, and
 * {@code warning-deprecated|withdrawn} for each value set (the expanded one included) with that
 * standards status.
 */
final class ExpansionNotes {

  private ExpansionNotes() {}

  static List<Expansion.Note> of(CompiledValueSet valueSet) {
    Set<Expansion.Note> notes = new LinkedHashSet<>(valueSet.versionsApplied());
    for (CompiledValueSet imported : imports(valueSet)) {
      if (!valueSet.source().contained().contains(imported.source())) {
        notes.add(new Expansion.Note("used-valueset", imported.canonical()));
      }
    }
    for (CodeSystemProvider system : valueSet.used()) {
      system
          .statusWarnings()
          .forEach(w -> notes.add(new Expansion.Note("warning-" + w, system.info().canonical())));
      if ("fragment".equals(system.info().content())) {
        notes.add(new Expansion.Note("used-fragment", system.info().canonical()));
      }
      system.supplements().forEach(s -> notes.add(new Expansion.Note("used-supplement", s)));
    }
    List<CompiledValueSet> all = new ArrayList<>(List.of(valueSet));
    all.addAll(imports(valueSet));
    for (CompiledValueSet vs : all) {
      ValueSetDefinition source = vs.source();
      StatusWarnings.of(source.status(), source.experimental(), source.extensions()).stream()
          .filter(w -> w.equals("deprecated") || w.equals("withdrawn"))
          .forEach(w -> notes.add(new Expansion.Note("warning-" + w, vs.canonical())));
    }
    return List.copyOf(notes);
  }

  /** Every value set imported, by an include or an exclude, directly or below, each once. */
  static List<CompiledValueSet> imports(CompiledValueSet valueSet) {
    Set<String> seen = new LinkedHashSet<>();
    List<CompiledValueSet> out = new ArrayList<>();
    collect(valueSet, seen, out);
    return out;
  }

  private static void collect(
      CompiledValueSet valueSet, Set<String> seen, List<CompiledValueSet> out) {
    List<Rule> rules = new ArrayList<>(valueSet.includes());
    rules.addAll(valueSet.excludes());
    for (Rule rule : rules) {
      for (CompiledValueSet imported : rule.imports()) {
        if (seen.add(imported.canonical())) {
          out.add(imported);
          collect(imported, seen, out);
        }
      }
    }
  }
}
