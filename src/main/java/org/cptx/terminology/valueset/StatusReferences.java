package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Issue;
import org.cptx.terminology.StatusWarnings;
import org.cptx.terminology.messages.ValueSetMessages;

/**
 * The information a validation gives about the content it drew on: each code system that is draft,
 * experimental, deprecated or withdrawn, and each value set (the one validated against and those it
 * imports) that is deprecated or withdrawn.
 */
final class StatusReferences {

  private StatusReferences() {}

  static List<Issue> of(CompiledValueSet valueSet, String system) {
    Set<Issue> issues = new LinkedHashSet<>();
    for (CodeSystemProvider used : valueSet.used()) {
      if (used.info().url().equals(system)) {
        used.statusWarnings()
            .forEach(
                w ->
                    issues.add(
                        ValueSetMessages.statusReference(
                            w, "CodeSystem", used.info().canonical())));
      }
    }
    List<CompiledValueSet> all = new ArrayList<>(List.of(valueSet));
    all.addAll(ExpansionNotes.imports(valueSet));
    for (CompiledValueSet vs : all) {
      StatusWarnings.of(vs.source().status(), vs.source().experimental(), vs.source().extensions())
          .stream()
          .filter(w -> w.equals("deprecated") || w.equals("withdrawn"))
          .forEach(
              w -> issues.add(ValueSetMessages.statusReference(w, "ValueSet", vs.canonical())));
    }
    return List.copyOf(issues);
  }
}
