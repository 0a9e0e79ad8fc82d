package org.cptx.fhir.response;

import java.util.Date;
import org.cptx.fhir.convert.EngineValueSets;
import org.cptx.fhir.convert.EngineValues;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.Expansion;
import org.cptx.terminology.valueset.ExpansionEntry;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionComponent;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;

/** An {@link Expansion} as the $expand output: the value set's metadata with an expansion. */
public final class ExpansionResponse {

  /** How an R4 server sends R5's expansion.contains.property. */
  public static final String CONTAINS_PROPERTY =
      "http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.contains.property";

  /**
   * How an R4 server sends R5's expansion.property (the declaration of a property the codes carry).
   */
  public static final String EXPANSION_PROPERTY =
      "http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.property";

  /** On an expansion that cannot list every member of its value set. */
  public static final String UNCLOSED = "http://hl7.org/fhir/StructureDefinition/valueset-unclosed";

  /** Why it cannot. */
  public static final String UNCLOSED_REASON =
      "http://hl7.org/fhir/StructureDefinition/valueset-unclosed-reason";

  private ExpansionResponse() {}

  /**
   * @param request the typed request (the language the displays were chosen for is echoed when the
   *     request's own parameters did not name it: it came from a header or the value set)
   * @param echoed the request's parameters an expansion reports back, in request order
   */
  public static ValueSet of(Expansion expansion, ExpansionRequest request, Parameters echoed) {
    ValueSetDefinition source = expansion.source();
    ValueSet out = new ValueSet();
    if (request.presentation().includeDefinition()) {
      definition(source, out);
    }
    out.setUrl(source.url());
    if (source.language() != null) {
      out.setLanguage(source.language());
    }
    out.setVersion(source.version());
    out.setName(source.name());
    out.setTitle(source.title());
    if (source.status() != null) {
      out.setStatus(Enumerations.PublicationStatus.fromCode(source.status()));
    }
    if (source.experimental() != null) {
      out.setExperimental(source.experimental());
    }
    ValueSetExpansionComponent e = out.getExpansion();
    if (!expansion.unclosed().isEmpty()) {
      e.addExtension(UNCLOSED, new org.hl7.fhir.r4.model.BooleanType(true));
      e.addExtension(
          UNCLOSED_REASON,
          new org.hl7.fhir.r4.model.StringType(String.join("; ", expansion.unclosed())));
    }
    e.setIdentifier("urn:uuid:" + Uuids.random());
    e.setTimestamp(new Date());
    e.setTotal(expansion.total());
    if (expansion.offset() > 0 || echoed.hasParameter("offset")) {
      e.setOffset(expansion.offset());
    }
    echoed
        .getParameter()
        .forEach(
            p ->
                e.addParameter()
                    .setName(p.getName())
                    .setValue(
                        p.getName().equals("displayLanguage")
                            ? languages(p.getValue())
                            : p.getValue()));
    for (String used : expansion.usedCodeSystems()) {
      e.addParameter().setName("used-codesystem").setValue(new UriType(used));
    }
    for (Expansion.Note note : expansion.notes()) {
      e.addParameter().setName(note.name()).setValue(new UriType(note.uri()));
    }
    if (Boolean.TRUE.equals(expansion.versionsMatch())) {
      e.addParameter()
          .setName("versionsMatch")
          .setValue(new org.hl7.fhir.r4.model.BooleanType(true));
    }
    String displayLanguage = request.presentation().displayLanguage();
    if (!echoed.hasParameter("displayLanguage") && displayLanguage != null) {
      e.addParameter().setName("displayLanguage").setValue(new CodeType(displayLanguage));
    }
    expansion
        .properties()
        .forEach(
            (code, uri) -> {
              Extension ext = e.addExtension().setUrl(EXPANSION_PROPERTY);
              ext.addExtension("code", new CodeType(code));
              ext.addExtension("uri", new UriType(uri));
            });
    java.util.Set<String> multiVersion = multiVersionSystems(expansion);
    for (ExpansionEntry entry : expansion.contains()) {
      e.addContains(contains(entry, multiVersion));
    }
    return out;
  }

  /**
   * A displayLanguage with q-values echoed as a list in its usual form ({@code de, *; q=0}); others
   * as given.
   */
  public static org.hl7.fhir.r4.model.Type languages(org.hl7.fhir.r4.model.Type value) {
    String raw = value.primitiveValue();
    if (raw == null || !raw.contains("q=")) {
      return value;
    }
    return new CodeType(
        java.util.Arrays.stream(raw.split(","))
            .map(String::trim)
            .collect(java.util.stream.Collectors.joining(", ")));
  }

  /**
   * With {@code includeDefinition}: the value set's extensions, date, publisher and compose beside
   * its expansion.
   */
  private static void definition(ValueSetDefinition source, ValueSet out) {
    EngineValues.extensions(source.extensions()).forEach(out::addExtension);
    if (source.date() != null) {
      out.setDateElement(new org.hl7.fhir.r4.model.DateTimeType(source.date()));
    }
    if (source.publisher() != null) {
      out.setPublisher(source.publisher());
    }
    if (source.compose() != null) {
      out.setCompose(EngineValueSets.compose(source.compose()));
    }
  }

  /**
   * The systems of which the expansion draws on more than one version, or whose versions the value
   * set's includes name more than one of: their codes carry their version.
   */
  public static java.util.Set<String> multiVersionSystems(Expansion expansion) {
    if (expansion.usedCodeSystems().size() < 2
        && expansion.source().composeOrEmpty().include().size() < 2) {
      return java.util.Set.of(); // one system, one version at most: none to tell apart
    }
    java.util.Map<String, Long> counts =
        expansion.usedCodeSystems().stream()
            .map(c -> c.contains("|") ? c.substring(0, c.indexOf('|')) : c)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    u -> u, java.util.stream.Collectors.counting()));
    java.util.Set<String> out =
        counts.entrySet().stream()
            .filter(x -> x.getValue() > 1)
            .map(java.util.Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toSet());
    expansion.source().composeOrEmpty().include().stream()
        .filter(i -> i.system() != null && i.version() != null)
        .collect(
            java.util.stream.Collectors.groupingBy(
                i -> i.system(),
                java.util.stream.Collectors.mapping(
                    i -> i.version(), java.util.stream.Collectors.toSet())))
        .forEach(
            (system, stated) -> {
              if (stated.size() > 1) {
                out.add(system);
              }
            });
    return out;
  }

  private static ValueSetExpansionContainsComponent contains(
      ExpansionEntry entry, java.util.Set<String> multiVersion) {
    ValueSetExpansionContainsComponent c = new ValueSetExpansionContainsComponent();
    if (multiVersion.contains(entry.system()) && entry.version() != null) {
      c.setVersion(entry.version());
    }
    c.setSystem(entry.system()).setCode(entry.code());
    if (entry.display() != null) {
      c.setDisplay(entry.display());
    }
    if (entry.notSelectable()) {
      c.setAbstract(true);
    }
    if (entry.inactive()) {
      c.setInactive(true);
    }
    for (Designation d : entry.designations()) {
      var designation = c.addDesignation().setValue(d.value());
      if (d.language() != null) {
        designation.setLanguage(d.language());
      }
      if (d.use() != null) {
        designation.setUse(EngineValues.coding(d.use()));
      }
      EngineValues.extensions(d.extensions()).forEach(designation::addExtension);
    }
    EngineValues.extensions(entry.extensions()).forEach(c::addExtension);
    for (ConceptProperty p : entry.properties()) {
      Extension ext = c.addExtension().setUrl(CONTAINS_PROPERTY);
      ext.addExtension("code", new CodeType(p.code()));
      if (p.value() != null) {
        ext.addExtension("value", EngineValues.type(p.value()));
      }
    }
    entry.contains().forEach(nested -> c.addContains(contains(nested, multiVersion)));
    return c;
  }
}
