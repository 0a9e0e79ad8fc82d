package org.cptx.terminology;

/** The outcome of $subsumes: how code A relates to code B. */
public enum Subsumption {
  EQUIVALENT("equivalent"),
  SUBSUMES("subsumes"),
  SUBSUMED_BY("subsumed-by"),
  NOT_SUBSUMED("not-subsumed");

  private final String code;

  Subsumption(String code) {
    this.code = code;
  }

  /** The FHIR concept-subsumption-outcome code. */
  public String code() {
    return code;
  }
}
