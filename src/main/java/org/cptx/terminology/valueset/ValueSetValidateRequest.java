package org.cptx.terminology.valueset;

import java.util.List;
import org.cptx.terminology.CodingInput;

/**
 * A typed ValueSet/$validate-code request (the value set itself is resolved before).
 *
 * @param codings the codings to check, at least one
 * @param codeableConcept true when the codings came from a CodeableConcept
 * @param displayLanguage the displayLanguage asked for (raw, possibly a list with q-values), or null
 * @param lenientDisplay true when a wrong display is a warning, not an error
 * @param activeOnly true when inactive codes do not count as members
 * @param inferSystem true when a code without a system takes the value set's system that holds it
 * @param units the number of units the code is reported with (cptx's {@code units} input), or null when not given
 * @param abstractAllowed false when an abstract (notSelectable) code does not count as a member ({@code abstract=false})
 * @param membershipOnly true when only membership is asked about ({@code valueset-membership-only}): what the code
 *     system says of the code (an unknown code, a wrong display) is not reported
 */
public record ValueSetValidateRequest(List<CodingInput> codings, boolean codeableConcept, String displayLanguage,
    boolean lenientDisplay, boolean inferSystem, boolean activeOnly, SystemVersions versions, Integer units,
    boolean abstractAllowed, boolean membershipOnly) {

  public ValueSetValidateRequest {
    codings = List.copyOf(codings);
  }

  /** A request that allows abstract codes. */
  public ValueSetValidateRequest(List<CodingInput> codings, boolean codeableConcept, String displayLanguage,
      boolean lenientDisplay, boolean inferSystem, boolean activeOnly, SystemVersions versions, Integer units) {
    this(codings, codeableConcept, displayLanguage, lenientDisplay, inferSystem, activeOnly, versions, units, true,
        false);
  }

  /** A request that may refuse abstract codes, asking about more than membership. */
  public ValueSetValidateRequest(List<CodingInput> codings, boolean codeableConcept, String displayLanguage,
      boolean lenientDisplay, boolean inferSystem, boolean activeOnly, SystemVersions versions, Integer units,
      boolean abstractAllowed) {
    this(codings, codeableConcept, displayLanguage, lenientDisplay, inferSystem, activeOnly, versions, units,
        abstractAllowed, false);
  }

  /** A request without units. */
  public ValueSetValidateRequest(List<CodingInput> codings, boolean codeableConcept, String displayLanguage,
      boolean lenientDisplay, boolean inferSystem, boolean activeOnly, SystemVersions versions) {
    this(codings, codeableConcept, displayLanguage, lenientDisplay, inferSystem, activeOnly, versions, null);
  }
}
