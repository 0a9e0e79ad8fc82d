package org.cptx.terminology;

/**
 * The coding a validation matched or checked, as its code system knows it.
 *
 * @param system the coding's system, or null
 * @param version the version of the system used, or null
 * @param code the code checked (as the request spelled it)
 * @param display the concept's preferred display, when the code was found; else null
 * @param normalizedCode the code as the system spells it, when the request spelled it in another
 *     case; else null
 */
public record CheckedCoding(
    String system, String version, String code, String display, String normalizedCode) {

  /** A result about no coding in particular. */
  public static final CheckedCoding NONE = of(null, null, null);

  /** A coding whose concept was not found (so it has no display). */
  public static CheckedCoding of(String system, String version, String code) {
    return new CheckedCoding(system, version, code, null, null);
  }

  /** The same coding without its system and code (when it cannot be named). */
  public CheckedCoding withoutSystemAndCode() {
    return new CheckedCoding(null, version, null, display, normalizedCode);
  }
}
