package org.cptx.fhir.request;

import java.util.List;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UriType;

/** Turns a query string into a typed value, or checks a POSTed value's type and size. */
final class TypedValues {

  private static final String POSITIVE_INT = "positiveInt (a whole number of at least 1)";

  private TypedValues() {}

  static Type parse(String operation, ParamSpec spec, String text) {
    checkLength(spec.name(), text);
    return switch (spec.type()) {
      case CODE -> new CodeType(text);
      case URI -> new UriType(text);
      case STRING -> new StringType(text);
      case BOOLEAN -> parseBoolean(operation, spec, text);
      case INTEGER -> parseInteger(operation, spec, text);
      case POSITIVE_INT -> parsePositiveInt(operation, spec, text);
      case DATE_TIME -> parseDateTime(operation, spec, text);
      default -> throw RequestMessages.parameterNotByGet(operation, spec.name());
    };
  }

  static Type check(String operation, ParamSpec spec, Type value) {
    boolean ok =
        switch (spec.type()) {
          case CODE, URI, STRING ->
              value instanceof PrimitiveType<?> && !(value instanceof BooleanType);
          case BOOLEAN -> value instanceof BooleanType;
          case INTEGER ->
              value instanceof IntegerType i && (i.getValue() == null || i.getValue() >= 0);
          case POSITIVE_INT ->
              value instanceof IntegerType i && i.getValue() != null && i.getValue() > 0;
          case DATE_TIME -> value instanceof PrimitiveType<?>;
          case CODING -> value instanceof Coding;
          case CODEABLE_CONCEPT -> value instanceof CodeableConcept;
          case RESOURCE -> false;
        };
    if (!ok) {
      throw RequestMessages.wrongParameterType(
          operation,
          spec.name(),
          switch (spec.type()) {
            case POSITIVE_INT -> POSITIVE_INT;
            case INTEGER -> "non-negative integer";
            default -> spec.type().fhirName();
          });
    }
    if (value instanceof PrimitiveType<?> p) {
      checkLength(spec.name(), p.getValueAsString());
      return spec.type() == ParamType.DATE_TIME
          ? parseDateTime(operation, spec, p.getValueAsString())
          : value;
    }
    List<Coding> codings =
        value instanceof Coding c ? List.of(c) : ((CodeableConcept) value).getCoding();
    for (Coding c : codings) {
      checkLength(spec.name() + ".system", c.getSystem());
      checkLength(spec.name() + ".version", c.getVersion());
      checkLength(spec.name() + ".code", c.getCode());
      checkLength(spec.name() + ".display", c.getDisplay());
    }
    return value;
  }

  private static Type parseBoolean(String operation, ParamSpec spec, String text) {
    if (!"true".equals(text) && !"false".equals(text)) {
      throw RequestMessages.wrongParameterType(operation, spec.name(), "boolean (true or false)");
    }
    return new BooleanType(Boolean.parseBoolean(text));
  }

  private static Type parseInteger(String operation, ParamSpec spec, String text) {
    try {
      int value = Integer.parseInt(text);
      if (value < 0) {
        throw new NumberFormatException();
      }
      return new IntegerType(value);
    } catch (NumberFormatException e) {
      throw RequestMessages.wrongParameterType(operation, spec.name(), "non-negative integer");
    }
  }

  private static Type parsePositiveInt(String operation, ParamSpec spec, String text) {
    try {
      int value = Integer.parseInt(text);
      if (value < 1) {
        throw new NumberFormatException();
      }
      return new PositiveIntType(value);
    } catch (NumberFormatException e) {
      throw RequestMessages.wrongParameterType(operation, spec.name(), POSITIVE_INT);
    }
  }

  private static Type parseDateTime(String operation, ParamSpec spec, String text) {
    try {
      return new DateTimeType(text);
    } catch (RuntimeException e) {
      throw RequestMessages.wrongParameterType(
          operation, spec.name(), "dateTime (YYYY, YYYY-MM, YYYY-MM-DD or an instant)");
    }
  }

  private static void checkLength(String name, String text) {
    if (text != null && text.length() > Limits.MAX_PARAMETER_LENGTH) {
      throw RequestMessages.parameterTooLong(name, text.length());
    }
  }
}
