package org.cptx.fhir.encoding;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cptx.fhir.convert.EngineValues;
import org.cptx.fhir.response.ExpansionResponse;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.Expansion;
import org.cptx.terminology.valueset.ExpansionEntry;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

/**
 * Writes an $expand answer straight from the engine's {@link Expansion} as compact FHIR JSON: the
 * same JSON {@link JsonAnswers} writes for the {@code ValueSet} {@link ExpansionResponse} builds,
 * without building it (a page of codes is most of an answer). Only the rare parts (extensions,
 * property values, designation uses) go through FHIR model objects. An expansion with its
 * definition ({@code includeDefinition}) is not written here: empty.
 */
public final class JsonExpansions {

  private JsonExpansions() {}

  /**
   * @param echoed the request's parameters the expansion reports back, as for {@link
   *     ExpansionResponse#of}
   */
  public static Optional<byte[]> utf8(
      Expansion expansion, ExpansionRequest request, Parameters echoed) {
    if (request.presentation().includeDefinition()) {
      return Optional.empty();
    }
    return JsonAnswers.utf8(json -> valueSet(json, expansion, request, echoed));
  }

  private static void valueSet(
      JsonGenerator json, Expansion expansion, ExpansionRequest request, Parameters echoed)
      throws IOException {
    ValueSetDefinition source = expansion.source();
    json.writeStartObject();
    json.writeStringField("resourceType", "ValueSet");
    text(json, "language", source.language());
    text(json, "url", source.url());
    text(json, "version", source.version());
    text(json, "name", source.name());
    text(json, "title", source.title());
    Enumerations.PublicationStatus status =
        source.status() == null ? null : Enumerations.PublicationStatus.fromCode(source.status());
    if (status != null) {
      text(json, "status", status.toCode());
    }
    if (source.experimental() != null) {
      json.writeFieldName(JsonNames.of("experimental"));
      json.writeBoolean(source.experimental());
    }
    json.writeFieldName(JsonNames.of("expansion"));
    json.writeStartObject();
    JsonValues.extensions(json, expansionExtensions(expansion));
    text(json, "identifier", "urn:uuid:" + org.cptx.fhir.response.Uuids.random());
    text(json, "timestamp", Timestamps.now());
    json.writeFieldName(JsonNames.of("total"));
    json.writeNumber(expansion.total());
    if (expansion.offset() > 0 || echoed.hasParameter("offset")) {
      json.writeFieldName(JsonNames.of("offset"));
      json.writeNumber(expansion.offset());
    }
    JsonExpansionParameters.write(json, expansion, request, echoed);
    contains(json, expansion.contains(), ExpansionResponse.multiVersionSystems(expansion));
    json.writeEndObject();
    json.writeEndObject();
  }

  private static List<Extension> expansionExtensions(Expansion expansion) {
    if (expansion.unclosed().isEmpty() && expansion.properties().isEmpty()) {
      return List.of();
    }
    List<Extension> out = new ArrayList<>();
    if (!expansion.unclosed().isEmpty()) {
      out.add(new Extension(ExpansionResponse.UNCLOSED, new BooleanType(true)));
      out.add(
          new Extension(
              ExpansionResponse.UNCLOSED_REASON,
              new StringType(String.join("; ", expansion.unclosed()))));
    }
    expansion
        .properties()
        .forEach(
            (code, uri) -> {
              Extension ext = new Extension(ExpansionResponse.EXPANSION_PROPERTY);
              ext.addExtension("code", new CodeType(code));
              ext.addExtension("uri", new UriType(uri));
              out.add(ext);
            });
    return out;
  }

  private static void contains(JsonGenerator json, List<ExpansionEntry> entries, Set<String> multi)
      throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    json.writeFieldName(JsonNames.of("contains"));
    json.writeStartArray();
    for (ExpansionEntry entry : entries) {
      json.writeStartObject();
      JsonValues.extensions(json, entryExtensions(entry));
      text(json, "system", entry.system());
      if (entry.notSelectable()) {
        json.writeFieldName(JsonNames.of("abstract"));
        json.writeBoolean(true);
      }
      if (entry.inactive()) {
        json.writeFieldName(JsonNames.of("inactive"));
        json.writeBoolean(true);
      }
      if (multi.contains(entry.system())) {
        text(json, "version", entry.version());
      }
      text(json, "code", entry.code());
      text(json, "display", entry.display());
      designations(json, entry.designations());
      contains(json, entry.contains(), multi);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The entry's own extensions, then one per property it carries. */
  private static List<Extension> entryExtensions(ExpansionEntry entry) {
    if (entry.extensions().isEmpty() && entry.properties().isEmpty()) {
      return List.of();
    }
    List<Extension> out = new ArrayList<>(EngineValues.extensions(entry.extensions()));
    for (ConceptProperty p : entry.properties()) {
      Extension ext = new Extension(ExpansionResponse.CONTAINS_PROPERTY);
      ext.addExtension("code", new CodeType(p.code()));
      if (p.value() != null) {
        ext.addExtension("value", EngineValues.type(p.value()));
      }
      out.add(ext);
    }
    return out;
  }

  private static void designations(JsonGenerator json, List<Designation> all) throws IOException {
    // an empty designation (a blank value, nothing else) is left out, as HAPI leaves it out
    List<Designation> designations = all;
    for (Designation d : all) {
      if (empty(d)) {
        designations = all.stream().filter(x -> !empty(x)).toList();
        break;
      }
    }
    if (designations.isEmpty()) {
      return;
    }
    json.writeFieldName(JsonNames.of("designation"));
    json.writeStartArray();
    for (Designation d : designations) {
      json.writeStartObject();
      JsonValues.extensions(json, EngineValues.extensions(d.extensions()));
      text(json, "language", d.language());
      if (d.use() != null) {
        json.writeFieldName(JsonNames.of("use"));
        JsonValues.coding(json, EngineValues.coding(d.use()));
      }
      text(json, "value", d.value());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static boolean empty(Designation d) {
    return ParametersJson.blank(d.value())
        && ParametersJson.blank(d.language())
        && d.extensions().isEmpty()
        && (d.use() == null || EngineValues.coding(d.use()).isEmpty());
  }

  /** A string-like primitive, left out when null or blank (as HAPI leaves an empty one out). */
  static void text(JsonGenerator json, String name, String value) throws IOException {
    ParametersJson.textField(json, JsonNames.of(name), value);
  }
}
