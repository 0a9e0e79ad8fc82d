package org.cptx.terminology;

import java.util.List;
import org.cptx.terminology.valueset.SystemVersions;

/**
 * A typed $validate-code request against a code system: one coding (from code/system/display or a
 * Coding), or the codings of a CodeableConcept.
 *
 * @param system the code system the request is about (url, or the instance's url)
 * @param version the code system version asked for, or null
 * @param codings the codings to check, at least one
 * @param codeableConcept true when the codings came from a CodeableConcept
 * @param options how each coding is checked (display language, lenient displays, units)
 * @param versions {@code system-version} (the version of a coding that names none), {@code
 *     force-system-version} (the version whatever the coding names) and {@code
 *     check-system-version} (the version used must match)
 */
public record ValidateCodeRequest(
    String system,
    String version,
    List<CodingInput> codings,
    boolean codeableConcept,
    CheckOptions options,
    SystemVersions versions) {

  public ValidateCodeRequest {
    codings = List.copyOf(codings);
  }

  /** A request with no system-version parameters. */
  public ValidateCodeRequest(
      String system,
      String version,
      List<CodingInput> codings,
      boolean codeableConcept,
      CheckOptions options) {
    this(system, version, codings, codeableConcept, options, SystemVersions.NONE);
  }
}
