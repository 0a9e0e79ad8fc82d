package org.cptx.terminology;

import java.util.Set;

/** Designation uses the engine knows by meaning. */
final class Designations {

  /** The uses (system|code) that make a designation a display. */
  static final Set<String> DISPLAY_USES =
      Set.of(
          "http://terminology.hl7.org/CodeSystem/hl7TermMaintInfra|preferredForLanguage",
          "http://terminology.hl7.org/CodeSystem/designation-usage|display",
          "http://snomed.info/sct|900000000000003001",
          "http://snomed.info/sct|900000000000013009");

  private Designations() {}
}
