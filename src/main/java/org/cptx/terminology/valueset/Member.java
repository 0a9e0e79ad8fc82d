package org.cptx.terminology.valueset;

import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;

/**
 * One code in a value set: the concept, the system it comes from, and the display the value set gives it (null
 * when the value set does not override the system's display), and whether the value set marks its use of the code
 * deprecated.
 */
public record Member(CodeSystemProvider system, Concept concept, String displayOverride, boolean deprecated) {

  public Member(CodeSystemProvider system, Concept concept, String displayOverride) {
    this(system, concept, displayOverride, false);
  }

  /** Identifies the code in its system and version: {@code url|version#code}. */
  public String key() {
    return key(system, concept.code());
  }

  static String key(CodeSystemProvider system, String code) {
    return system.info().canonical() + "#" + code;
  }

  public String display() {
    return displayOverride != null ? displayOverride : concept.display();
  }
}
