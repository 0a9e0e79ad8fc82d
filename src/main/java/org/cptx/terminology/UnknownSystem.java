package org.cptx.terminology;

/**
 * A code system (or version) a validation needed and the server does not hold.
 *
 * @param canonical the url, or url|version when only that version is missing
 * @param causedFailure true when the missing system is one the request's value set depends on, or
 *     only a version is missing, so that the verdict itself was caused by it; false when the coding
 *     names a system the server does not know at all
 */
public record UnknownSystem(String canonical, boolean causedFailure) {

  /**
   * What is missing for this canonical: a version is a cause of failure, a bare url is not by
   * itself.
   */
  public static UnknownSystem of(String canonical) {
    return new UnknownSystem(canonical, canonical.contains("|"));
  }

  /** The same canonical, as a system the value set depends on. */
  public UnknownSystem asCause() {
    return new UnknownSystem(canonical, true);
  }
}
