package org.cptx.terminology.valueset;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Issue;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * A value set with its compose rules bound to the code systems: lists its members and answers
 * membership without expanding.
 *
 * @param problems what could not be resolved (unknown systems, versions, value sets), as issues
 * @param used the code systems the rules draw on, for {@code used-codesystem}
 * @param versionsMatch the value set's {@code versionsMatch} expansion parameter: true merges the
 *     versions of a system (one entry per code, from the latest), false makes excludes apply to
 *     their own version only; null (absent) keeps every version's entry and lets an exclude take
 *     out a code in every version
 * @param versionsApplied the request's system-version and force-system-version entries that changed
 *     a version
 */
public record CompiledValueSet(
    ValueSetDefinition source,
    List<Rule> includes,
    List<Rule> excludes,
    boolean inactiveAllowed,
    List<Issue> problems,
    List<CodeSystemProvider> used,
    List<Expansion.Note> versionsApplied,
    Boolean versionsMatch) {

  /** The members in rule order, each once, without the excluded ones. */
  public Stream<Member> members() {
    if (Boolean.TRUE.equals(versionsMatch)) {
      return merged();
    }
    return distinct();
  }

  /** One member per system and code, from the latest version that has it, in rule order. */
  private Stream<Member> merged() {
    java.util.Map<String, Member> latest = new java.util.LinkedHashMap<>();
    distinct()
        .forEach(
            m ->
                latest.merge(
                    m.system().info().url() + "#" + m.concept().code(),
                    m,
                    (a, b) ->
                        org.cptx.terminology.Versions.ORDER.compare(
                                    a.system().info().version(), b.system().info().version())
                                >= 0
                            ? a
                            : b));
    return latest.values().stream();
  }

  /**
   * The members that match a $expand text filter ({@link TextFilter}), in the order of {@link
   * #members()}, and how many there are when that is known without listing them.
   */
  public record TextMatches(Stream<Member> members, java.util.OptionalInt count) {}

  /**
   * The members that match a $expand text filter. When every include takes a system's codes as they
   * are and versions are not merged, whether a member matches depends on its concept alone, so the
   * code systems' word indexes find them before duplicates are dropped; with one such include and
   * nothing taken out (no exclude, filter, import or inactive code left out) the index also counts
   * them. Otherwise each member is checked.
   */
  public TextMatches textMatches(String filter) {
    TextFilter text = new TextFilter(filter);
    if (Boolean.TRUE.equals(versionsMatch) || !includes.stream().allMatch(Rule::takesSystemCodes)) {
      return new TextMatches(members().filter(text::matches), java.util.OptionalInt.empty());
    }
    Rule only = includes.size() == 1 ? includes.get(0) : null;
    if (only != null
        && only.resolved()
        && only.system() != null
        && only.filter() == null
        && only.imports().isEmpty()
        && excludes.isEmpty()
        && inactiveAllowed
        && text.words().length > 0) {
      TextIndex index = TextIndex.of(only.system());
      java.util.BitSet found = index.find(text.words());
      return new TextMatches(
          index.concepts(found).map(c -> new Member(only.system(), c, null)),
          java.util.OptionalInt.of(found.cardinality()));
    }
    return new TextMatches(distinct(text), java.util.OptionalInt.empty());
  }

  private Stream<Member> distinct() {
    return distinct(null);
  }

  private Stream<Member> distinct(TextFilter text) {
    Stream<Member> members =
        latestVersionsFirst(includes).stream()
            .flatMap(r -> r.members(text))
            .filter(m -> inactiveAllowed || !m.concept().inactive())
            .filter(m -> excludes.isEmpty() || !excluded(m));
    if (includes.size() == 1
        && includes.get(0).system() != null
        && includes.get(0).listed() == null) {
      return members;
    }
    Set<String> seen = new HashSet<>();
    return members.filter(m -> seen.add(m.key()));
  }

  /**
   * The rules in their order, except that the rules of one system that name versions take their
   * places latest named version first, before any rule of that system that names none: an expansion
   * lists a code from the latest version a value set pins before the older ones.
   */
  static List<Rule> latestVersionsFirst(List<Rule> rules) {
    java.util.Map<String, List<Rule>> bySystem = new java.util.HashMap<>();
    for (Rule r : rules) {
      if (r.system() != null) {
        bySystem.computeIfAbsent(r.system().info().url(), u -> new java.util.ArrayList<>()).add(r);
      }
    }
    bySystem
        .values()
        .forEach(
            same ->
                same.sort(
                    java.util.Comparator.comparing(
                            Rule::statedVersion, org.cptx.terminology.Versions.ORDER)
                        .reversed()));
    java.util.Map<String, java.util.Iterator<Rule>> next = new java.util.HashMap<>();
    bySystem.forEach((url, same) -> next.put(url, same.iterator()));
    return rules.stream()
        .map(r -> r.system() == null ? r : next.get(r.system().info().url()).next())
        .toList();
  }

  /**
   * Why the value set holds members its expansion cannot list, each reason once (for example
   * expressions of a grammar, or codes of a fragment held elsewhere); empty when the expansion is
   * complete. Excludes cannot close it.
   */
  public List<String> unclosed() {
    return includes.stream().flatMap(r -> r.unclosed().stream()).distinct().toList();
  }

  /** The member with this system and code, if the value set holds it. */
  public Optional<Member> find(String system, String code) {
    return find(system, code, inactiveAllowed);
  }

  /**
   * The member with this system, version and code, if the value set holds the code from that
   * version.
   */
  public Optional<Member> find(String system, String version, String code) {
    return members(system, code, inactiveAllowed)
        .filter(m -> java.util.Objects.equals(m.system().info().version(), version))
        .findFirst();
  }

  /** Whether the value set would hold this code if inactive codes were allowed. */
  public boolean holdsIfActive(String system, String code) {
    return find(system, code, true).isPresent();
  }

  private Optional<Member> find(String system, String code, boolean inactiveAllowed) {
    return members(system, code, inactiveAllowed).findFirst();
  }

  /** Every include's member for this code, without the excluded ones, in rule order. */
  private Stream<Member> members(String system, String code, boolean inactiveAllowed) {
    return includes.stream()
        .map(r -> r.find(system, code))
        .flatMap(Optional::stream)
        .filter(m -> !excluded(m))
        .filter(m -> inactiveAllowed || !m.concept().inactive());
  }

  /**
   * Whether an exclude takes this member out. With versionsMatch=false an exclude takes out codes
   * of its own version only; with true, of every version. Without it, an exclude of a version the
   * value set also includes (among several of that system) keeps to that version, and any other
   * takes the code out in every version.
   */
  private boolean excluded(Member m) {
    String version = m.system().info().version();
    return excludes.stream()
        .anyMatch(
            x ->
                x.find(m.system().info().url(), m.concept().code())
                    .filter(
                        e ->
                            java.util.Objects.equals(e.system().info().version(), version)
                                || acrossVersions(x))
                    .isPresent());
  }

  private boolean acrossVersions(Rule exclude) {
    if (versionsMatch != null) {
      return versionsMatch;
    }
    if (exclude.system() == null) {
      return true;
    }
    List<String> included = includedVersions(exclude.system().info().url());
    return included.size() < 2 || !included.contains(exclude.system().info().version());
  }

  private List<String> includedVersions(String url) {
    return includes.stream()
        .filter(r -> r.system() != null && r.system().info().url().equals(url))
        .map(r -> r.system().info().version())
        .distinct()
        .toList();
  }

  /**
   * The versionsMatch the expansion reports: the value set's, or true when, without one, an exclude
   * of a version the value set does not include took codes out of the versions it does include.
   */
  public Boolean reportedVersionsMatch() {
    if (versionsMatch != null) {
      return versionsMatch;
    }
    boolean crossed =
        excludes.stream()
            .filter(x -> x.system() != null)
            .anyMatch(
                x -> {
                  List<String> included = includedVersions(x.system().info().url());
                  return !included.isEmpty() && !included.contains(x.system().info().version());
                });
    return crossed ? Boolean.TRUE : null;
  }

  /** {@code url|version} of the value set, or its url alone. */
  public String canonical() {
    if (source.url() == null) {
      return "(unidentified)";
    }
    return org.cptx.terminology.Canonicals.of(source.url(), source.version());
  }
}
