package org.cptx.content.convert;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Extension;
import org.cptx.terminology.model.Value;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Type;

/**
 * FHIR datatypes as the engine's values: primitives by type with their text, Codings, extensions
 * (nested ones included) and designations.
 */
public final class FhirValues {

  private FhirValues() {}

  /**
   * The engine's value for a FHIR {@code value[x]}; null for none and for a primitive without a
   * value. A complex type other than Coding is kept as its JSON ({@link Value.ComplexValue}).
   */
  public static Value value(Type type) {
    if (type == null) {
      return null;
    }
    if (type instanceof org.hl7.fhir.r4.model.Coding coding) {
      return Value.coding(coding(coding));
    }
    if (!type.isPrimitive()) {
      return type.isEmpty() ? null : new Value.ComplexValue(type.fhirType(), json(type));
    }
    if (type.primitiveValue() == null) {
      return null;
    }
    String text = type.primitiveValue();
    return switch (type.fhirType()) {
      case "code" -> Value.code(text);
      case "string" -> Value.string(text);
      case "boolean" -> Value.bool(Boolean.parseBoolean(text));
      case "integer" -> Value.integer(Integer.parseInt(text));
      case "decimal" -> Value.decimal(text);
      case "dateTime" -> Value.dateTime(text);
      case "date" -> Value.date(text);
      default -> new Value.OtherValue(type.fhirType(), text);
    };
  }

  /** A datatype as FHIR JSON: the value of the one parameter of a Parameters. */
  private static String json(Type type) {
    Parameters holder = new Parameters();
    holder.addParameter().setName("value").setValue(type.copy());
    return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(holder);
  }

  /** The engine's Coding (system, version, code, display); null for null. */
  public static Coding coding(org.hl7.fhir.r4.model.Coding coding) {
    if (coding == null) {
      return null;
    }
    return new Coding(
        coding.hasSystem() ? coding.getSystem() : null,
        coding.hasVersion() ? coding.getVersion() : null,
        coding.hasCode() ? coding.getCode() : null,
        coding.hasDisplay() ? coding.getDisplay() : null);
  }

  /** The extensions, each with its value and nested extensions. */
  public static List<Extension> extensions(List<org.hl7.fhir.r4.model.Extension> extensions) {
    if (extensions.isEmpty()) {
      return List.of();
    }
    List<Extension> out = new ArrayList<>(extensions.size());
    for (org.hl7.fhir.r4.model.Extension e : extensions) {
      out.add(new Extension(e.getUrl(), value(e.getValue()), extensions(e.getExtension())));
    }
    return out;
  }

  /** A designation with its language, use, value and extensions. */
  public static Designation designation(
      String language,
      org.hl7.fhir.r4.model.Coding use,
      String value,
      List<org.hl7.fhir.r4.model.Extension> extensions) {
    return new Designation(
        language == null || language.isEmpty() ? null : language,
        use == null || use.isEmpty() ? null : coding(use),
        value,
        extensions(extensions));
  }
}
