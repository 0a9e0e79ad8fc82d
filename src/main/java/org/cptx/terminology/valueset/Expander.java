package org.cptx.terminology.valueset;

import java.util.List;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptExtras;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Displays;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.ComposeMessages;
import org.cptx.terminology.messages.ValueSetMessages;
import org.cptx.terminology.model.Designation;

/**
 * $expand: the members of a compiled value set, filtered, counted, then paged (the one limits
 * policy).
 */
public final class Expander {

  public Expansion expand(CompiledValueSet valueSet, ExpansionRequest request) {
    if (!valueSet.problems().isEmpty()) {
      throw ComposeMessages.composeProblem(valueSet.problems().get(0));
    }
    checkVersions(valueSet, request);
    boolean searched = request.filter() != null && !request.filter().isBlank();
    CompiledValueSet.TextMatches matches = searched ? valueSet.textMatches(request.filter()) : null;
    Stream<Member> members = searched ? matches.members() : valueSet.members();
    if (request.activeOnly()) {
      members = members.filter(m -> !m.concept().inactive());
    }
    java.util.OptionalInt systemLimit =
        valueSet.used().stream()
            .map(CodeSystemProvider::expansionLimit)
            .filter(java.util.OptionalInt::isPresent)
            .mapToInt(java.util.OptionalInt::getAsInt)
            .min();
    boolean paged = request.count() != null && request.count() > 0;
    if (paged && searched && !request.activeOnly() && matches.count().isPresent()) {
      return page(
          valueSet,
          request,
          members,
          Math.min(matches.count().getAsInt(), systemLimit.orElse(Integer.MAX_VALUE)));
    }
    if (systemLimit.isPresent() && paged) {
      members = members.limit(systemLimit.getAsInt());
    }
    List<Member> all = members.toList();
    int unpagedLimit = Math.min(systemLimit.orElse(Integer.MAX_VALUE), Limits.MAX_EXPANSION);
    if (request.count() == null && all.size() > unpagedLimit) {
      throw ComposeMessages.tooCostly(valueSet.canonical(), all.size(), unpagedLimit);
    }
    int total = all.size();
    if (systemLimit.isPresent() && all.size() > systemLimit.getAsInt()) {
      all = all.subList(0, systemLimit.getAsInt());
    }
    int from = Math.min(request.offset(), all.size());
    int to =
        request.count() == null
            ? all.size()
            : (int) Math.min(all.size(), (long) from + request.count());
    List<Member> window = all.subList(from, to);
    List<ExpansionEntry> page =
        nested(valueSet, request)
            ? Hierarchy.nest(window, m -> entry(m, request))
            : window.stream().map(m -> entry(m, request)).toList();
    boolean countOnly = request.count() != null && request.count() == 0;
    return expansion(valueSet, request, countOnly ? total : all.size(), from, page);
  }

  private static void checkVersions(CompiledValueSet valueSet, ExpansionRequest request) {
    for (CodeSystemProvider used : valueSet.used()) {
      String check = request.versions().checks().get(used.info().url());
      if (check != null && !org.cptx.terminology.Versions.matches(check, used.info().version())) {
        throw ValueSetMessages.versionCheck(
            ValueSetMessages.versionCheckFailed(
                used.info().url(), used.info().version(), check, null));
      }
    }
  }

  /**
   * A page of a text search whose matches were counted without listing them ({@code size}, capped
   * at the system's limit): only the members up to the page's end are read.
   */
  private Expansion page(
      CompiledValueSet valueSet, ExpansionRequest request, Stream<Member> members, int size) {
    int from = Math.min(request.offset(), size);
    int to = (int) Math.min(size, (long) from + request.count());
    List<ExpansionEntry> page = members.limit(to).skip(from).map(m -> entry(m, request)).toList();
    return expansion(valueSet, request, size, from, page);
  }

  private static Expansion expansion(
      CompiledValueSet valueSet,
      ExpansionRequest request,
      int total,
      int from,
      List<ExpansionEntry> page) {
    List<String> used = valueSet.used().stream().map(p -> p.info().canonical()).toList();
    return new Expansion(
        valueSet.source(),
        total,
        from,
        page,
        used,
        ExpansionProperties.declared(request.properties(), valueSet.used(), page),
        ExpansionNotes.of(valueSet),
        valueSet.reportedVersionsMatch(),
        valueSet.unclosed());
  }

  /**
   * Nested when asked for, on one page, and when every include takes codes of a system, not a list
   * or value set; a text search over a whole system lists its matches flat.
   */
  private static boolean nested(CompiledValueSet valueSet, ExpansionRequest request) {
    boolean searched = request.filter() != null && !request.filter().isBlank();
    return !request.excludeNested()
        && request.count() == null
        && request.offset() == 0
        && valueSet.includes().stream()
            .allMatch(
                r -> r.system() != null && r.listed() == null && (!searched || r.filter() != null));
  }

  /**
   * Whether a designation is among those asked for ({@code urn:ietf:bcp:47|lang} or a use {@code
   * system|code}).
   */
  private static boolean wanted(Designation d, List<String> asked) {
    if (asked.isEmpty()) {
      return true;
    }
    for (String a : asked) {
      int bar = a.indexOf('|');
      String system = bar < 0 ? a : a.substring(0, bar);
      String code = bar < 0 ? null : a.substring(bar + 1);
      if ("urn:ietf:bcp:47".equals(system)
          ? code != null && code.equalsIgnoreCase(d.language())
          : d.use() != null
              && system.equals(d.use().system())
              && (code == null || code.equals(d.use().code()))) {
        return true;
      }
    }
    return false;
  }

  private static ExpansionEntry entry(Member m, ExpansionRequest request) {
    Concept c = m.concept();
    CodeSystemProvider system = m.system();
    Displays.Shown shown = Displays.show(c, request.displayLanguage(), system.info().language());
    String display = m.displayOverride() != null ? m.displayOverride() : shown.display();
    List<Designation> designations =
        request.includeDesignations()
            ? Stream.concat(shown.designations().stream(), m.listedDesignations().stream())
                .filter(d -> wanted(d, request.designations()))
                .toList()
            : List.of();
    ConceptExtras extras = m.extras();
    List<ConceptProperty> properties = ExpansionProperties.of(c, request.properties(), extras);
    return new ExpansionEntry(
        system.info().url(),
        system.info().version(),
        c.code(),
        display,
        c.notSelectable(),
        c.inactive(),
        designations,
        properties,
        extras.extensions(),
        List.of());
  }
}
