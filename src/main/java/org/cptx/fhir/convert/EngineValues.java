package org.cptx.fhir.convert;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.cptx.terminology.model.CanonicalDefinition;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Extension;
import org.cptx.terminology.model.Value;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.OidType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.TimeType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.UrlType;
import org.hl7.fhir.r4.model.UuidType;

/** The engine's values, Codings and extensions as FHIR datatypes. */
public final class EngineValues {

  private EngineValues() {}

  /** The FHIR datatype for an engine value; null for null. */
  public static Type type(Value value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Value.CodingValue v) {
      return coding(v.coding());
    }
    if (value instanceof Value.BooleanValue v) {
      return new BooleanType(v.value());
    }
    if (value instanceof Value.IntegerValue v) {
      return new IntegerType(v.value());
    }
    if (value instanceof Value.OtherValue v) {
      return other(v.type(), v.value());
    }
    if (value instanceof Value.ComplexValue v) {
      return complex(v.json());
    }
    return text(value);
  }

  /** A complex datatype back from the JSON the engine carried it as. */
  private static Type complex(String json) {
    return FhirContext.forR4Cached()
        .newJsonParser()
        .parseResource(Parameters.class, json)
        .getParameterFirstRep()
        .getValue();
  }

  private static Type text(Value value) {
    String text = value.primitive();
    if (value instanceof Value.CodeValue) {
      return new CodeType(text);
    }
    if (value instanceof Value.DecimalValue) {
      return new DecimalType(text);
    }
    if (value instanceof Value.DateTimeValue) {
      return new DateTimeType(text);
    }
    if (value instanceof Value.DateValue) {
      return new DateType(text);
    }
    return new StringType(text);
  }

  private static Type other(String type, String text) {
    PrimitiveType<?> out =
        switch (type) {
          case "uri" -> new UriType();
          case "url" -> new UrlType();
          case "canonical" -> new CanonicalType();
          case "oid" -> new OidType();
          case "uuid" -> new UuidType();
          case "id" -> new IdType();
          case "markdown" -> new MarkdownType();
          case "instant" -> new InstantType();
          case "time" -> new TimeType();
          case "positiveInt" -> new PositiveIntType();
          case "unsignedInt" -> new UnsignedIntType();
          case "base64Binary" -> new Base64BinaryType();
          default -> new StringType();
        };
    out.setValueAsString(text);
    return out;
  }

  /**
   * Writes what value sets and code systems have alike (id, extensions, url, version, name, title,
   * status, experimental, language) onto the resource.
   */
  static void canonical(CanonicalDefinition def, MetadataResource out) {
    if (def.id() != null) {
      out.setId(def.id());
    }
    extensions(def.extensions()).forEach(out::addExtension);
    out.setUrl(def.url());
    out.setVersion(def.version());
    out.setName(def.name());
    out.setTitle(def.title());
    if (def.status() != null) {
      out.setStatus(PublicationStatus.fromCode(def.status()));
    }
    if (def.experimental() != null) {
      out.setExperimental(def.experimental());
    }
    if (def.language() != null) {
      out.setLanguage(def.language());
    }
  }

  /** The FHIR Coding; null for null. */
  public static org.hl7.fhir.r4.model.Coding coding(Coding coding) {
    if (coding == null) {
      return null;
    }
    org.hl7.fhir.r4.model.Coding out = new org.hl7.fhir.r4.model.Coding();
    if (coding.system() != null) {
      out.setSystem(coding.system());
    }
    if (coding.version() != null) {
      out.setVersion(coding.version());
    }
    if (coding.code() != null) {
      out.setCode(coding.code());
    }
    if (coding.display() != null) {
      out.setDisplay(coding.display());
    }
    return out;
  }

  /** The FHIR extension, with its value and nested extensions. */
  public static org.hl7.fhir.r4.model.Extension extension(Extension extension) {
    org.hl7.fhir.r4.model.Extension out = new org.hl7.fhir.r4.model.Extension(extension.url());
    if (extension.value() != null) {
      out.setValue(type(extension.value()));
    }
    extension.extensions().forEach(e -> out.addExtension(extension(e)));
    return out;
  }

  public static List<org.hl7.fhir.r4.model.Extension> extensions(List<Extension> extensions) {
    if (extensions.isEmpty()) {
      return List.of();
    }
    return extensions.stream().map(EngineValues::extension).toList();
  }
}
