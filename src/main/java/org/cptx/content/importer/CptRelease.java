package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AMA release as read: codes (active and deleted), Appendix A modifiers, deleted-code
 * replacements, and the boolean properties set from code lists (telemedicine, orthopox).
 */
public final class CptRelease {

  final Map<String, CptConcept> codes = new LinkedHashMap<>();
  final Map<String, CptConcept> modifiers = new LinkedHashMap<>();
  final List<Replacement> replacements = new ArrayList<>();

  /**
   * Boolean property (telemedicine, orthopox) -> the codes it is true for; every other code has it
   * false.
   */
  final Map<String, Set<String>> flags = new LinkedHashMap<>();

  public Map<String, CptConcept> codes() {
    return codes;
  }

  public Map<String, CptConcept> modifiers() {
    return modifiers;
  }

  public List<Replacement> replacements() {
    return replacements;
  }

  public Map<String, Set<String>> flags() {
    return flags;
  }

  /** The concept for a code or modifier, or null. */
  CptConcept find(String code) {
    CptConcept c = codes.get(code);
    return c != null ? c : modifiers.get(code);
  }

  /** A deleted code and the codes its instruction names instead. */
  public record Replacement(
      String deleted, String deletedDisplay, List<String> targets, String instruction) {}
}
