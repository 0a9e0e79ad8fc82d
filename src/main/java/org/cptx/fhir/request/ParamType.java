package org.cptx.fhir.request;

/** The FHIR types an operation parameter can have, and whether a GET query can carry it. */
public enum ParamType {
  CODE(true),
  URI(true),
  STRING(true),
  BOOLEAN(true),
  INTEGER(true),
  POSITIVE_INT(true),
  DATE_TIME(true),
  CODING(false),
  CODEABLE_CONCEPT(false),
  RESOURCE(false);

  private final boolean primitive;

  ParamType(boolean primitive) {
    this.primitive = primitive;
  }

  public boolean primitive() {
    return primitive;
  }

  public String fhirName() {
    return switch (this) {
      case CODE -> "code";
      case URI -> "uri";
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case INTEGER -> "integer";
      case POSITIVE_INT -> "positiveInt";
      case DATE_TIME -> "dateTime";
      case CODING -> "Coding";
      case CODEABLE_CONCEPT -> "CodeableConcept";
      case RESOURCE -> "resource";
    };
  }
}
