package org.cptx.terminology;

import java.util.List;

/**
 * A typed $validate-code request against a code system: one coding (from code/system/display or a Coding), or the
 * codings of a CodeableConcept.
 *
 * @param system the code system the request is about (url, or the instance's url)
 * @param version the code system version asked for, or null
 * @param codings the codings to check, at least one
 * @param codeableConcept true when the codings came from a CodeableConcept
 * @param displayLanguage the displayLanguage asked for (raw), or null
 * @param lenientDisplay true when a wrong display is a warning, not an error
 * @param units the number of units the code is reported with (cptx's {@code units} input), or null when not given
 */
public record ValidateCodeRequest(String system, String version, List<CodingInput> codings, boolean codeableConcept,
    String displayLanguage, boolean lenientDisplay, Integer units) {

  public ValidateCodeRequest {
    codings = List.copyOf(codings);
  }

  /** A request without units. */
  public ValidateCodeRequest(String system, String version, List<CodingInput> codings, boolean codeableConcept,
      String displayLanguage, boolean lenientDisplay) {
    this(system, version, codings, codeableConcept, displayLanguage, lenientDisplay, null);
  }
}
