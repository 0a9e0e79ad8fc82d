package org.cptx.terminology;

/**
 * The status of a concept a validation found, as far as it is news.
 *
 * @param inactive true when the concept is inactive
 * @param code the concept's status when it is not simply active (deprecated, retired, ...), or null
 */
public record ConceptStatus(boolean inactive, String code) {

  /** An active concept, or none found: nothing to report. */
  public static final ConceptStatus ACTIVE = new ConceptStatus(false, null);
}
