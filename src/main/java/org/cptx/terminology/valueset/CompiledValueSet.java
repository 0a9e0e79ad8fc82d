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
 * @param versionsApplied the request's system-version and force-system-version entries that changed a version
 */
public record CompiledValueSet(ValueSet source, List<Rule> includes, List<Rule> excludes, boolean inactiveAllowed,
    List<Issue> problems, List<CodeSystemProvider> used, List<Expansion.Note> versionsApplied) {

  /** The members in rule order, each once, without the excluded ones. */
  public Stream<Member> members() {
    Set<String> seen = new HashSet<>();
    return includes.stream().flatMap(Rule::members)
        .filter(m -> inactiveAllowed || !m.concept().inactive())
        .filter(m -> excludes.stream().noneMatch(x -> x.find(m.system().info().url(), m.concept().code()).isPresent()))
        .filter(m -> seen.add(m.key()));
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
        .filter(m -> excludes.stream().noneMatch(x -> x.find(system, m.concept().code()).isPresent()))
        .filter(m -> inactiveAllowed || !m.concept().inactive());
  }

  /** {@code url|version} of the value set, or its url alone. */
  public String canonical() {
    if (!source.hasUrl()) {
      return "(unidentified)";
    }
    return source.hasVersion() ? source.getUrl() + "|" + source.getVersion() : source.getUrl();
  }
}
