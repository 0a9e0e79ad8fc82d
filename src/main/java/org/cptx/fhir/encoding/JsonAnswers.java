package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.cptx.fhir.encoding.JsonValues.Unsupported;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptReferenceDesignationComponent;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionComponent;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionParameterComponent;

/**
 * Writes the operation answers cptx builds ({@code Parameters} of $lookup, $validate-code,
 * $subsumes, ..., with the OperationOutcome of their issues; a {@code ValueSet} with an expansion)
 * as compact FHIR JSON in one streaming pass with Jackson, without HAPI's reflective encoder. It
 * knows only those shapes: for anything else {@link #write} answers false, having written nothing,
 * and HAPI encodes the answer.
 */
public final class JsonAnswers {

  private static final JsonFactory JSON = new JsonFactory();

  /** The types R4 allows for ValueSet.expansion.parameter.value[x]. */
  static final java.util.Set<String> EXPANSION_PARAMETER_TYPES =
      java.util.Set.of("string", "boolean", "integer", "decimal", "uri", "code", "dateTime");

  private JsonAnswers() {}

  /** The answer as JSON text, or empty when it holds a shape this writer leaves to HAPI. */
  public static Optional<String> encode(IBaseResource resource) {
    return utf8(resource).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  /** The answer as UTF-8 JSON, or empty when it holds a shape this writer leaves to HAPI. */
  public static Optional<byte[]> utf8(IBaseResource resource) {
    return utf8(of(resource));
  }

  /** The answer as UTF-8 JSON, or empty when it holds a shape this writer leaves to HAPI. */
  public static Optional<byte[]> utf8(JsonAnswer answer) {
    ByteArrayBuilder out = new ByteArrayBuilder(512); // grows by blocks for a larger answer
    return write(answer, out) ? Optional.of(out.toByteArray()) : Optional.empty();
  }

  /** A resource cptx built, as an answer that writes itself (or leaves it to HAPI). */
  public static JsonAnswer of(IBaseResource resource) {
    if (resource instanceof Parameters p) {
      return json -> parameters(json, p);
    }
    if (resource instanceof ValueSet vs) {
      return json -> valueSet(json, vs);
    }
    return json -> {
      throw new Unsupported(resource == null ? "no resource" : resource.fhirType());
    };
  }

  private static boolean write(JsonAnswer answer, OutputStream out) {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      answer.write(json);
      return true;
    } catch (Unsupported e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void parameters(JsonGenerator json, Parameters p) throws IOException {
    if (p.hasId() || p.hasMeta() || p.hasImplicitRules() || p.hasLanguage()) {
      throw new Unsupported("Parameters metadata");
    }
    json.writeStartObject();
    json.writeStringField("resourceType", "Parameters");
    parameterList(json, "parameter", p.getParameter());
    json.writeEndObject();
  }

  private static void parameterList(
      JsonGenerator json, String field, List<ParametersParameterComponent> list)
      throws IOException {
    if (list.isEmpty()) {
      return;
    }
    json.writeFieldName(JsonNames.of(field));
    json.writeStartArray();
    for (ParametersParameterComponent p : list) {
      if (p.hasId() || p.hasExtension() || p.hasModifierExtension()) {
        throw new Unsupported("parameter");
      }
      json.writeStartObject();
      JsonValues.parameterName(json, p.getNameElement());
      JsonValues.choice(json, "value", p.getValue());
      if (p.hasResource()) {
        if (!(p.getResource() instanceof OperationOutcome outcome)) {
          throw new Unsupported("parameter resource");
        }
        json.writeFieldName(JsonNames.of("resource"));
        JsonOutcomes.outcome(json, outcome);
      }
      parameterList(json, "part", p.getPart());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void valueSet(JsonGenerator json, ValueSet vs) throws IOException {
    if (vs.hasId()
        || vs.hasMeta()
        || vs.hasImplicitRules()
        || vs.hasText()
        || vs.hasContained()
        || vs.hasExtension()
        || vs.hasModifierExtension()
        || vs.hasIdentifier()
        || vs.hasDate()
        || vs.hasPublisher()
        || vs.hasContact()
        || vs.hasDescription()
        || vs.hasUseContext()
        || vs.hasJurisdiction()
        || vs.hasImmutable()
        || vs.hasPurpose()
        || vs.hasCopyright()
        || vs.hasCompose()
        || !vs.hasExpansion()) {
      throw new Unsupported("ValueSet elements");
    }
    json.writeStartObject();
    json.writeStringField("resourceType", "ValueSet");
    JsonValues.primitive(json, "language", vs.getLanguageElement());
    JsonValues.primitive(json, "url", vs.getUrlElement());
    JsonValues.primitive(json, "version", vs.getVersionElement());
    JsonValues.primitive(json, "name", vs.getNameElement());
    JsonValues.primitive(json, "title", vs.getTitleElement());
    JsonValues.primitive(json, "status", vs.getStatusElement());
    JsonValues.primitive(json, "experimental", vs.getExperimentalElement());
    expansion(json, vs.getExpansion());
    json.writeEndObject();
  }

  private static void expansion(JsonGenerator json, ValueSetExpansionComponent e)
      throws IOException {
    if (e.hasId() || e.hasModifierExtension()) {
      throw new Unsupported("expansion");
    }
    json.writeFieldName(JsonNames.of("expansion"));
    json.writeStartObject();
    JsonValues.extensions(json, e.getExtension());
    JsonValues.primitive(json, "identifier", e.getIdentifierElement());
    JsonValues.primitive(json, "timestamp", e.getTimestampElement());
    JsonValues.primitive(json, "total", e.getTotalElement());
    JsonValues.primitive(json, "offset", e.getOffsetElement());
    if (e.hasParameter()) {
      json.writeFieldName(JsonNames.of("parameter"));
      json.writeStartArray();
      for (ValueSetExpansionParameterComponent p : e.getParameter()) {
        JsonValues.plain(p);
        json.writeStartObject();
        JsonValues.primitive(json, "name", p.getNameElement());
        JsonValues.choice(json, "value", p.getValue(), EXPANSION_PARAMETER_TYPES);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    contains(json, e.getContains());
    json.writeEndObject();
  }

  private static void contains(JsonGenerator json, List<ValueSetExpansionContainsComponent> list)
      throws IOException {
    if (list.isEmpty()) {
      return;
    }
    json.writeFieldName(JsonNames.of("contains"));
    json.writeStartArray();
    for (ValueSetExpansionContainsComponent c : list) {
      if (c.hasId() || c.hasModifierExtension()) {
        throw new Unsupported("contains");
      }
      json.writeStartObject();
      JsonValues.extensions(json, c.getExtension());
      JsonValues.primitive(json, "system", c.getSystemElement());
      JsonValues.primitive(json, "abstract", c.getAbstractElement());
      JsonValues.primitive(json, "inactive", c.getInactiveElement());
      JsonValues.primitive(json, "version", c.getVersionElement());
      JsonValues.primitive(json, "code", c.getCodeElement());
      JsonValues.primitive(json, "display", c.getDisplayElement());
      designations(json, c.getDesignation());
      contains(json, c.getContains());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void designations(
      JsonGenerator json, List<ConceptReferenceDesignationComponent> all) throws IOException {
    // an empty designation (a blank value, nothing else) is left out, as HAPI leaves it out
    List<ConceptReferenceDesignationComponent> list =
        all.stream().filter(d -> !d.isEmpty()).toList();
    if (list.isEmpty()) {
      return;
    }
    json.writeFieldName(JsonNames.of("designation"));
    json.writeStartArray();
    for (ConceptReferenceDesignationComponent d : list) {
      if (d.hasId() || d.hasModifierExtension()) {
        throw new Unsupported("designation");
      }
      json.writeStartObject();
      JsonValues.extensions(json, d.getExtension());
      JsonValues.primitive(json, "language", d.getLanguageElement());
      if (d.hasUse()) {
        json.writeFieldName(JsonNames.of("use"));
        JsonValues.coding(json, d.getUse());
      }
      JsonValues.primitive(json, "value", d.getValueElement());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
