package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cptx.terminology.model.Designation;

/**
 * Which text to show for a concept in the languages a request asks for, and the designations that
 * go with it: when a designation is shown in place of the display, the display becomes a
 * designation in the system's language; when the request refuses other languages and the concept
 * has no text in its languages, there is no display.
 */
public final class Displays {

  /** The text shown and the designations left beside it. */
  public record Shown(String display, List<Designation> designations) {}

  /**
   * The use of the system's display when it is listed as a designation beside a display in another
   * language.
   */
  private static final org.cptx.terminology.model.Coding PREFERRED_FOR_LANGUAGE =
      new org.cptx.terminology.model.Coding(
          "http://terminology.hl7.org/CodeSystem/hl7TermMaintInfra",
          "preferredForLanguage",
          "Preferred For Language");

  private Displays() {}

  /**
   * @param languages a displayLanguage or Accept-Language value ({@code de}, {@code de,*; q=0}), or
   *     null
   * @param csLanguage the language of the system's displays, or null
   */
  public static Shown show(Concept concept, String languages, String csLanguage) {
    for (String wanted : DisplayLanguages.tags(languages)) {
      if (wanted.equals("*") || csLanguage != null && matches(csLanguage, wanted)) {
        return new Shown(concept.display(), concept.designations());
      }
      for (Designation d : concept.designations()) {
        if (d.language() != null && d.use() == null && matches(d.language(), wanted)) {
          return new Shown(d.value(), swapped(concept, d, csLanguage));
        }
      }
    }
    if (onlyThese(languages)) {
      return new Shown(null, withDisplayDesignation(concept, csLanguage));
    }
    return new Shown(concept.display(), concept.designations());
  }

  /**
   * Whether the languages refuse every other language ({@code de, *; q=0}): a concept with no text
   * in them is then shown without a display, its display listed as a designation.
   */
  static boolean onlyThese(String languages) {
    if (languages == null) {
      return false;
    }
    for (String entry : languages.split(",")) {
      String[] parts = entry.split(";");
      if (parts[0].trim().equals("*")
          && parts.length > 1
          && parts[1].replace(" ", "").matches("q=0(\\.0*)?")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The concept's designations, led by its display as the preferred designation of the system's
   * language when the system states its language.
   */
  public static List<Designation> withDisplayDesignation(Concept concept, String csLanguage) {
    if (csLanguage == null || concept.display() == null) {
      return concept.designations();
    }
    List<Designation> out = new ArrayList<>();
    out.add(new Designation(csLanguage, PREFERRED_FOR_LANGUAGE, concept.display()));
    out.addAll(concept.designations());
    return out;
  }

  private static List<Designation> swapped(Concept concept, Designation shown, String csLanguage) {
    List<Designation> out = new ArrayList<>();
    if (concept.display() != null) {
      out.add(new Designation(csLanguage, PREFERRED_FOR_LANGUAGE, concept.display()));
    }
    concept.designations().stream().filter(d -> d != shown).forEach(out::add);
    return out;
  }

  static boolean matches(String designationLanguage, String wanted) {
    String lang = designationLanguage.toLowerCase(Locale.ROOT);
    return lang.equals(wanted) || lang.startsWith(wanted + "-");
  }
}
