package org.cptx.conformance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run set against the committed list of passing tests. A listed test that now fails is a
 * regression; a listed test the run no longer contains is missing (renamed or dropped upstream: the
 * list needs a deliberate edit); a passing test not yet listed is new.
 */
record Comparison(
    List<TxTestResult> regressions,
    SortedSet<String> missing,
    SortedSet<String> newlyPassing,
    SortedSet<String> updatedList) {

  static Comparison of(Set<String> listed, List<TxTestResult> results) {
    Map<String, TxTestResult> byId =
        results.stream()
            .collect(
                Collectors.toMap(
                    TxTestResult::id, Function.identity(), (a, b) -> a.passed() ? b : a));
    List<TxTestResult> regressions =
        listed.stream().map(byId::get).filter(r -> r != null && !r.passed()).toList();
    SortedSet<String> missing =
        listed.stream()
            .filter(id -> !byId.containsKey(id))
            .collect(Collectors.toCollection(TreeSet::new));
    SortedSet<String> newlyPassing =
        byId.values().stream()
            .filter(TxTestResult::passed)
            .map(TxTestResult::id)
            .filter(id -> !listed.contains(id))
            .collect(Collectors.toCollection(TreeSet::new));
    SortedSet<String> updated = new TreeSet<>(listed);
    updated.addAll(newlyPassing);
    return new Comparison(regressions, missing, newlyPassing, updated);
  }

  boolean broken() {
    return !regressions.isEmpty() || !missing.isEmpty();
  }

  /** What the build reports when it breaks. */
  String failureMessage() {
    StringBuilder b = new StringBuilder();
    if (!regressions.isEmpty()) {
      b.append(regressions.size()).append(" conformance test(s) listed as passing now fail:\n");
      regressions.forEach(
          r -> b.append("  ").append(r.id()).append(": ").append(r.reason()).append('\n'));
    }
    if (!missing.isEmpty()) {
      b.append(missing.size())
          .append(
              " listed conformance test(s) were not run (renamed or removed in the tests?)"
                  + "; edit src/test/resources/conformance/passing.txt:\n");
      missing.forEach(id -> b.append("  ").append(id).append('\n'));
    }
    return b.toString();
  }
}
