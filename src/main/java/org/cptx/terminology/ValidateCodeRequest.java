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
 * @param options how each coding is checked (display language, lenient displays, units)
 */
public record ValidateCodeRequest(String system, String version, List<CodingInput> codings, boolean codeableConcept,
    CheckOptions options) {

  public ValidateCodeRequest {
    codings = List.copyOf(codings);
  }
}
