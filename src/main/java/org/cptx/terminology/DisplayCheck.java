package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cptx.terminology.messages.DisplayMessages;
import org.cptx.terminology.model.Designation;

/**
 * Whether a given display fits a concept, in the languages the request asks for. The concept's
 * display counts in the code system's language; each designation in its own; a text with no
 * language fits every language. A designation whose standards status is deprecated or withdrawn is
 * still recognised, with a warning.
 */
final class DisplayCheck {

  /**
   * A text the display may be: the concept's display or a designation, which may be no longer in
   * use.
   */
  private record Candidate(String text, String language, boolean retired) {
    String shown() {
      return "'" + text + "'" + (language == null ? "" : " (" + language + ")");
    }
  }

  private static final List<String> RETIRED = List.of("deprecated", "withdrawn");

  private DisplayCheck() {}

  /**
   * @param languages the raw displayLanguage value (e.g. {@code de} or {@code en, en-AU; q=0.4}),
   *     or null
   * @param lenient true when a wrong display is a warning rather than an error
   * @return the issues found; none when the display fits
   */
  static List<Issue> check(
      String given,
      Concept concept,
      CodeSystemInfo cs,
      String languages,
      boolean lenient,
      String location) {
    return check(given, concept, cs, languages, lenient, location, d -> true);
  }

  /**
   * @param isDisplay which of the concept's designations count as displays
   */
  static List<Issue> check(
      String given,
      Concept concept,
      CodeSystemInfo cs,
      String languages,
      boolean lenient,
      String location,
      java.util.function.Predicate<Designation> isDisplay) {
    if (languages == null && fitsAnyLanguage(given, concept, isDisplay)) {
      return List.of(); // a current display, in any language: what most clients send
    }
    List<Candidate> all = candidates(concept, cs.language(), isDisplay);
    if (all.isEmpty()) {
      return List.of(
          DisplayMessages.noDisplayDefined(given, cs.url() + "#" + concept.code(), location));
    }
    List<String> wanted = DisplayLanguages.tags(languages);
    List<Candidate> fitting =
        wanted.isEmpty() || wanted.contains("*")
            ? all
            : all.stream()
                .filter(
                    c ->
                        c.language() == null
                            || wanted.stream().anyMatch(w -> matches(c.language(), w)))
                .toList();
    if (fitsCurrent(fitting, given)) {
      return List.of();
    }
    String code = cs.url() + "#" + concept.code();
    if (fitting.stream().anyMatch(c -> c.text().equals(given))) {
      List<String> current =
          fitting.stream().filter(c -> !c.retired()).map(Candidate::text).toList();
      return List.of(DisplayMessages.retiredDisplay(given, concept.code(), current, location));
    }
    if (fitting.isEmpty()) {
      boolean isDefault = all.stream().anyMatch(c -> c.text().equals(given));
      return List.of(
          isDefault
              ? DisplayMessages.noDisplayForLanguageOk(code, languages, given, location)
              : DisplayMessages.noDisplayForLanguage(
                  given, code, languages, concept.display(), lenient, location));
    }
    List<String> shown = fitting.stream().map(Candidate::shown).toList();
    String spaced = given.trim().replaceAll("\\s+", " ");
    if (fitting.stream().anyMatch(c -> c.text().trim().replaceAll("\\s+", " ").equals(spaced))) {
      return List.of(
          DisplayMessages.wrongDisplayWhitespace(
              given, code, shown, languages == null ? "--" : languages, lenient, location));
    }
    return List.of(
        DisplayMessages.wrongDisplay(
            given, code, shown, languages == null ? "--" : languages, lenient, location));
  }

  /**
   * With no language asked for, whether the first text equal to the given one (the candidate {@link
   * #candidates} keeps for it) is current: what the full check finds, without building the list.
   */
  private static boolean fitsAnyLanguage(
      String given, Concept concept, java.util.function.Predicate<Designation> isDisplay) {
    if (given.equals(concept.display())) {
      return true;
    }
    for (Designation d : concept.designations()) {
      if (given.equals(d.value()) && isDisplay.test(d)) {
        return !retired(d);
      }
    }
    return false;
  }

  private static boolean fitsCurrent(List<Candidate> fitting, String given) {
    for (Candidate c : fitting) {
      if (!c.retired() && c.text().equals(given)) {
        return true;
      }
    }
    return false;
  }

  private static List<Candidate> candidates(
      Concept concept, String csLanguage, java.util.function.Predicate<Designation> isDisplay) {
    List<Candidate> all = new ArrayList<>();
    if (concept.display() != null) {
      all.add(new Candidate(concept.display(), csLanguage, false));
    }
    for (Designation d : concept.designations()) {
      if (d.value() != null && isDisplay.test(d) && !holds(all, d.value())) {
        all.add(
            new Candidate(d.value(), d.language() != null ? d.language() : csLanguage, retired(d)));
      }
    }
    return all;
  }

  private static boolean holds(List<Candidate> candidates, String text) {
    for (Candidate c : candidates) {
      if (c.text().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a designation's standards status says it is no longer to be used (deprecated or
   * withdrawn).
   */
  private static boolean retired(Designation d) {
    for (var x : d.extensions()) {
      if (x.url().equals(StatusWarnings.STANDARDS_STATUS)
          && x.value() != null
          && RETIRED.contains(x.valueText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String language, String wanted) {
    String l = language.toLowerCase(Locale.ROOT);
    return l.equals(wanted) || l.startsWith(wanted + "-") || wanted.startsWith(l + "-");
  }
}
