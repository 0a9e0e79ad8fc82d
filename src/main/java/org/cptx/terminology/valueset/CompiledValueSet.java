package org.cptx.terminology.valueset;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Issue;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * A value set with its compose rules bound to the code systems: lists its members and answers membership without
 * expanding.
 *
 * @param problems what could not be resolved (unknown systems, versions, value sets), as issues
 * @param used the code systems the rules draw on, for {@code used-codesystem}
 * @param versionsMatch the value set's {@code versionsMatch} expansion parameter: true merges the versions of a
 *     system (one entry per code, from the latest), false makes excludes apply to their own version only; null
 *     (absent) keeps every version's entry and lets an exclude take out a code in every version
 * @param versionsApplied the request's system-version and force-system-version entries that changed a version
 */
public record CompiledValueSet(ValueSet source, List<Rule> includes, List<Rule> excludes, boolean inactiveAllowed,
    List<Issue> problems, List<CodeSystemProvider> used, List<Expansion.Note> versionsApplied,
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
    distinct().forEach(m -> latest.merge(m.system().info().url() + "#" + m.concept().code(), m,
        (a, b) -> org.cptx.terminology.Versions.ORDER.compare(a.system().info().version(),
            b.system().info().version()) >= 0 ? a : b));
    return latest.values().stream();
  }

  private Stream<Member> distinct() {
    Set<String> seen = new HashSet<>();
    return includes.stream().flatMap(Rule::members)
        .filter(m -> inactiveAllowed || !m.concept().inactive())
        .filter(m -> !excluded(m))
        .filter(m -> seen.add(m.key()));
  }

  /**
   * Why the value set holds members its expansion cannot list, each reason once (for example expressions of a
   * grammar, or codes of a fragment held elsewhere); empty when the expansion is complete. Excludes cannot close it.
   */
  public List<String> unclosed() {
    return includes.stream().flatMap(r -> r.unclosed().stream()).distinct().toList();
  }

  /** The member with this system and code, if the value set holds it. */
  public Optional<Member> find(String system, String code) {
    return find(system, code, inactiveAllowed);
  }

  /** The member with this system, version and code, if the value set holds the code from that version. */
  public Optional<Member> find(String system, String version, String code) {
    return members(system, code, inactiveAllowed)
        .filter(m -> java.util.Objects.equals(m.system().info().version(), version)).findFirst();
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
    return includes.stream().map(r -> r.find(system, code)).flatMap(Optional::stream)
        .filter(m -> !excluded(m))
        .filter(m -> inactiveAllowed || !m.concept().inactive());
  }

  /** Whether an exclude takes this member out (with versionsMatch=false, only an exclude of its own version). */
  private boolean excluded(Member m) {
    String version = m.system().info().version();
    return excludes.stream().anyMatch(x -> x.find(m.system().info().url(), m.concept().code())
        .filter(e -> !Boolean.FALSE.equals(versionsMatch)
            || java.util.Objects.equals(e.system().info().version(), version)).isPresent());
  }

  /** {@code url|version} of the value set, or its url alone. */
  public String canonical() {
    if (!source.hasUrl()) {
      return "(unidentified)";
    }
    return org.cptx.terminology.Canonicals.of(source);
  }
}
