package org.cptx.terminology.valueset;

import java.util.List;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptExtras;
import org.cptx.terminology.model.Designation;

/**
 * One code in a value set: the concept, the system it comes from, and what the value set says where
 * it lists the code (null when it takes the code by system, filter or import).
 */
public record Member(CodeSystemProvider system, Concept concept, ListedCode listing) {

  /** Identifies the code in its system and version: {@code url|version#code}. */
  public String key() {
    return key(system, concept.code());
  }

  static String key(CodeSystemProvider system, String code) {
    return system.info().canonical() + "#" + code;
  }

  /** The display the value set gives the code, or null when it keeps the system's. */
  public String displayOverride() {
    return listing == null ? null : listing.display();
  }

  /** Whether the value set marks its use of the code deprecated. */
  public boolean deprecated() {
    return listing != null && listing.deprecated();
  }

  public String display() {
    String override = displayOverride();
    return override != null ? override : concept.display();
  }

  /**
   * The code's extras in an expansion: the system's, with those the value set gives where it lists
   * the code.
   */
  public ConceptExtras extras() {
    return listing == null ? concept.extras() : concept.extras().with(listing.extras());
  }

  /** The designations the value set adds where it lists the code. */
  public List<Designation> listedDesignations() {
    return listing == null ? List.of() : listing.designations();
  }
}
