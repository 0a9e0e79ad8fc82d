package org.cptx.content.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The AMA release as read: codes (active and deleted), Appendix A modifiers, and deleted-code replacements. */
public final class CptRelease {

  final Map<String, CptConcept> codes = new LinkedHashMap<>();
  final Map<String, CptConcept> modifiers = new LinkedHashMap<>();
  final List<Replacement> replacements = new ArrayList<>();

  public Map<String, CptConcept> codes() {
    return codes;
  }

  public Map<String, CptConcept> modifiers() {
    return modifiers;
  }

  public List<Replacement> replacements() {
    return replacements;
  }

  /** The concept for a code or modifier, or null. */
  CptConcept find(String code) {
    CptConcept c = codes.get(code);
    return c != null ? c : modifiers.get(code);
  }

  /** A deleted code and the codes its instruction names instead. */
  public record Replacement(String deleted, String deletedDisplay, List<String> targets, String instruction) {}
}
