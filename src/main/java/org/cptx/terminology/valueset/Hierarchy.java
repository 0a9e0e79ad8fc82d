package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Nests the codes of an expansion page under their parents: a code goes below the first of its
 * parents (in the same code system) that the page also holds, and stays at the top when none is
 * there. Order is kept at each level.
 */
final class Hierarchy {

  private Hierarchy() {}

  static List<ExpansionEntry> nest(List<Member> members, Function<Member, ExpansionEntry> entry) {
    Map<String, Member> byKey = new LinkedHashMap<>();
    members.forEach(m -> byKey.putIfAbsent(m.key(), m));
    Map<String, List<String>> children = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    for (Member m : byKey.values()) {
      String parent = parentIn(m, byKey);
      if (parent == null || parent.equals(m.key()) || cycles(m.key(), parent, byKey)) {
        roots.add(m.key());
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(m.key());
      }
    }
    List<ExpansionEntry> out = new ArrayList<>();
    roots.forEach(k -> out.add(build(k, byKey, children, entry)));
    return out;
  }

  /** The key of the member's first parent that the page holds, or null. */
  private static String parentIn(Member m, Map<String, Member> byKey) {
    return m.concept().parents().stream()
        .map(p -> Member.key(m.system(), p))
        .filter(byKey::containsKey)
        .findFirst()
        .orElse(null);
  }

  /**
   * True when following first parents up from this parent comes back to the code (a cycle in the
   * data).
   */
  private static boolean cycles(String key, String parent, Map<String, Member> byKey) {
    String current = parent;
    for (int i = 0; current != null && i <= byKey.size(); i++) {
      if (current.equals(key)) {
        return true;
      }
      current = parentIn(byKey.get(current), byKey);
    }
    return false;
  }

  private static ExpansionEntry build(
      String key,
      Map<String, Member> byKey,
      Map<String, List<String>> children,
      Function<Member, ExpansionEntry> entry) {
    ExpansionEntry self = entry.apply(byKey.get(key));
    List<String> below = children.getOrDefault(key, List.of());
    List<ExpansionEntry> nested = new ArrayList<>();
    below.forEach(k -> nested.add(build(k, byKey, children, entry)));
    return self.withContains(nested);
  }
}
