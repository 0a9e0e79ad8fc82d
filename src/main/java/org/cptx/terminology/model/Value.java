package org.cptx.terminology.model;

/**
 * A value as the engine holds it where FHIR has a {@code value[x]}: a property value of a concept,
 * the value of an extension, a part of a history event. Primitive values keep the text the content
 * gave (a decimal's {@code 1.50} stays {@code 1.50}).
 */
public sealed interface Value {

  /** The value as text, as FHIR writes a primitive; null for a Coding. */
  String primitive();

  /** The text a filter or rule compares: a Coding's code, else the primitive's text. */
  default String text() {
    return primitive();
  }

  static Value code(String value) {
    return new CodeValue(value);
  }

  static Value string(String value) {
    return new StringValue(value);
  }

  static Value bool(boolean value) {
    return new BooleanValue(value);
  }

  static Value integer(int value) {
    return new IntegerValue(value);
  }

  static Value decimal(String value) {
    return new DecimalValue(value);
  }

  static Value dateTime(String value) {
    return new DateTimeValue(value);
  }

  static Value date(String value) {
    return new DateValue(value);
  }

  static Value coding(Coding value) {
    return new CodingValue(value);
  }

  record CodeValue(String value) implements Value {
    @Override
    public String primitive() {
      return value;
    }
  }

  record StringValue(String value) implements Value {
    @Override
    public String primitive() {
      return value;
    }
  }

  record BooleanValue(boolean value) implements Value {
    @Override
    public String primitive() {
      return Boolean.toString(value);
    }
  }

  record IntegerValue(int value) implements Value {
    @Override
    public String primitive() {
      return Integer.toString(value);
    }
  }

  /** A decimal, as its text. */
  record DecimalValue(String value) implements Value {
    @Override
    public String primitive() {
      return value;
    }
  }

  /** A dateTime, as its text (any precision FHIR allows). */
  record DateTimeValue(String value) implements Value {
    @Override
    public String primitive() {
      return value;
    }
  }

  /** A date, as its text. */
  record DateValue(String value) implements Value {
    @Override
    public String primitive() {
      return value;
    }
  }

  record CodingValue(Coding coding) implements Value {
    @Override
    public String primitive() {
      return null;
    }

    @Override
    public String text() {
      return coding.code();
    }
  }

  /**
   * A primitive of another FHIR type ({@code uri}, {@code canonical}, {@code markdown}, {@code
   * positiveInt}, ...), named by its type so it can be written back as it came.
   */
  /**
   * A complex FHIR datatype other than Coding (a CodeableConcept, a Quantity, ...), carried as its
   * FHIR JSON: the engine never reads it, only passes it on (an extension of a value set into its
   * expansion, say).
   */
  record ComplexValue(String type, String json) implements Value {
    @Override
    public String primitive() {
      return null;
    }
  }

  record OtherValue(String type, String value) implements Value {
    @Override
    public String primitive() {
      return value;
    }
  }
}
