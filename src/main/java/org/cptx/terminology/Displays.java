package org.cptx.terminology;

import java.util.Locale;

/** Which text to show for a concept in a requested language. */
public final class Displays {

  private Displays() {}

  /** The display in the requested language where a plain designation has it, else the concept's own display. */
  public static String forLanguage(Concept concept, String language) {
    if (language == null) {
      return concept.display();
    }
    String wanted = language.toLowerCase(Locale.ROOT);
    return concept.designations().stream()
        .filter(d -> d.language() != null && d.use() == null)
        .filter(d -> matches(d.language(), wanted))
        .map(Designation::value)
        .findFirst()
        .orElse(concept.display());
  }

  static boolean matches(String designationLanguage, String wanted) {
    String lang = designationLanguage.toLowerCase(Locale.ROOT);
    return lang.equals(wanted) || lang.startsWith(wanted + "-");
  }
}
