package org.cptx.terminology;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The contract one code system implements. A provider answers for exactly one url and version; the
 * {@link CodeSystemRegistry} picks the provider, so no operation ever branches on which system it is.
 */
public interface CodeSystemProvider {

  CodeSystemInfo info();

  /** The concept with this code, honouring the system's case sensitivity; empty when the code is unknown. */
  Optional<Concept> concept(String code);

  /** Every concept, in the system's order (depth first for hierarchies). */
  Stream<Concept> concepts();

  /** Properties a $lookup reports beyond the concept's own (for example a copyright statement). */
  default List<ConceptProperty> lookupExtras(Concept concept) {
    return List.of();
  }

  /** The codes below this one in the hierarchy, nearest first, each once. */
  default Set<String> descendants(String code) {
    return walk(code, c -> c.children());
  }

  /** The codes above this one in the hierarchy, nearest first, each once. */
  default Set<String> ancestors(String code) {
    return walk(code, c -> c.parents());
  }

  private Set<String> walk(String code, java.util.function.Function<Concept, List<String>> next) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    concept(code).ifPresent(c -> queue.addAll(next.apply(c)));
    while (!queue.isEmpty()) {
      String current = queue.poll();
      if (seen.add(current)) {
        concept(current).ifPresent(c -> queue.addAll(next.apply(c)));
      }
    }
    return seen;
  }
}
