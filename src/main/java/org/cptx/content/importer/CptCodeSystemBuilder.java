package org.cptx.content.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptx.content.Licensing;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.FilterOperator;
import org.hl7.fhir.r4.model.CodeSystem.PropertyType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.StringType;

/**
 * The imported CPT CodeSystem: {@code content=complete}, marked licensed (read and search answer a
 * summary without concepts), declaring CPT's filters, id {@code cpt-<version>} so it loads beside
 * the shipped seed. Same shape as the seed: display LONGULT, designations
 * short/med/upper/consumer/clinician, the cpt-history extension, properties modifier/modified/kind,
 * and telemedicine/orthopox on every base code when the import had their code lists; deleted codes
 * carry status=retired, inactive and deprecationDate.
 */
public final class CptCodeSystemBuilder {

  public static final String URL = "http://www.ama-assn.org/go/cpt";
  static final String HISTORY = "http://cptx.org/fhir/StructureDefinition/cpt-history";
  private static final String CONCEPT_PROPERTIES = "http://hl7.org/fhir/concept-properties#";

  /** The THO boolean properties a code list can set, with the seed's descriptions. */
  static final Map<String, String> FLAGS =
      Map.of(
          "telemedicine",
              "True if the code may be reported as a synchronous telemedicine service (CPT Appendix P)",
          "orthopox", "True if the code is an orthopoxvirus-related code");

  private CptCodeSystemBuilder() {}

  public static CodeSystem build(CptRelease release, String version) {
    CodeSystem cs = new CodeSystem();
    cs.setId("cpt-" + version);
    Licensing.mark(cs);
    cs.setUrl(URL);
    cs.addIdentifier(
        new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:oid:2.16.840.1.113883.6.12"));
    cs.setVersion(version)
        .setName("CPT")
        .setTitle("Current Procedural Terminology (CPT) " + version);
    cs.setStatus(PublicationStatus.ACTIVE)
        .setExperimental(false)
        .setPublisher("American Medical Association");
    cs.setDescription("CPT " + version + " imported by cptx from the AMA release files.");
    cs.setCopyright(copyright(version));
    cs.setCaseSensitive(true)
        .setCompositional(true)
        .setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    declareProperties(cs, release.flags.keySet());
    declareFilters(cs, release.flags.keySet());
    release.codes.values().forEach(c -> cs.addConcept(concept(c, release.flags)));
    release.modifiers.values().forEach(c -> cs.addConcept(concept(c, Map.of())));
    cs.setCount(cs.getConcept().size());
    return cs;
  }

  static String copyright(String version) {
    return "CPT © Copyright "
        + version
        + " American Medical Association. All rights reserved. AMA and CPT are"
        + " registered trademarks of the American Medical Association.";
  }

  /**
   * The filters CPT's provider answers (CptFilters), so that a client reading the summary can see
   * them.
   */
  private static void declareFilters(CodeSystem cs, Set<String> flags) {
    List<String> booleans = new java.util.ArrayList<>(List.of("modifier", "modified"));
    flags.stream().sorted().forEach(booleans::add);
    for (String property : booleans) {
      cs.addFilter()
          .setCode(property)
          .setDescription("Concepts whose '" + property + "' is true or false (absent: false)")
          .addOperator(FilterOperator.EQUAL)
          .setValue("true or false");
    }
    cs.addFilter()
        .setCode("kind")
        .setDescription("Concepts of a kind, or of one of several kinds")
        .addOperator(FilterOperator.EQUAL)
        .addOperator(FilterOperator.IN)
        .setValue("a kind, or a comma-separated list");
    cs.addFilter()
        .setCode("code")
        .setDescription("Codes listed or in a range of codes of the same shape")
        .addOperator(FilterOperator.IN)
        .setValue("codes and ranges, comma-separated, such as 20100-69990,92920");
  }

  private static void declareProperties(CodeSystem cs, Set<String> flags) {
    cs.addProperty()
        .setCode("modifier")
        .setType(PropertyType.BOOLEAN)
        .setDescription("True if the concept is a modifier code");
    cs.addProperty()
        .setCode("modified")
        .setType(PropertyType.BOOLEAN)
        .setDescription(
            "True if the concept is a modified code (base code plus modifiers); only expressions are");
    cs.addProperty()
        .setCode("kind")
        .setType(PropertyType.CODE)
        .setDescription(
            "Kind of concept: code, cat-1, cat-2, physical-status, general, hcpcs, metadata");
    flags.forEach(
        flag ->
            cs.addProperty()
                .setCode(flag)
                .setType(PropertyType.BOOLEAN)
                .setDescription(FLAGS.get(flag)));
    cs.addProperty()
        .setCode("status")
        .setUri(CONCEPT_PROPERTIES + "status")
        .setType(PropertyType.CODE)
        .setDescription("retired for a deleted code");
    cs.addProperty()
        .setCode("inactive")
        .setUri(CONCEPT_PROPERTIES + "inactive")
        .setType(PropertyType.BOOLEAN)
        .setDescription("True for a deleted code");
    cs.addProperty()
        .setCode("deprecationDate")
        .setUri(CONCEPT_PROPERTIES + "deprecationDate")
        .setType(PropertyType.DATETIME)
        .setDescription("The date the AMA deleted the code");
  }

  /**
   * @param flags boolean property -> the codes it is true for (each property set on every code
   *     given here)
   */
  private static ConceptDefinitionComponent concept(CptConcept c, Map<String, Set<String>> flags) {
    ConceptDefinitionComponent concept =
        new ConceptDefinitionComponent().setCode(c.code).setDisplay(c.display);
    c.history.forEach(h -> concept.addExtension(history(h)));
    if (c.definition != null) {
      concept.setDefinition(c.definition);
    }
    designate(concept, "short", c.shortText);
    designate(concept, "med", c.medium);
    designate(concept, "upper", c.upper);
    designate(concept, "consumer", c.consumer);
    c.clinician.forEach(text -> designate(concept, "clinician", text));
    concept.addProperty().setCode("modifier").setValue(new BooleanType(c.modifier));
    concept.addProperty().setCode("modified").setValue(new BooleanType(false));
    c.kinds.forEach(kind -> concept.addProperty().setCode("kind").setValue(new CodeType(kind)));
    flags.forEach(
        (flag, codes) ->
            concept.addProperty().setCode(flag).setValue(new BooleanType(codes.contains(c.code))));
    if (c.deleted != null) {
      concept.addProperty().setCode("status").setValue(new CodeType("retired"));
      concept.addProperty().setCode("inactive").setValue(new BooleanType(true));
      concept
          .addProperty()
          .setCode("deprecationDate")
          .setValue(new DateTimeType(c.deleted.toString()));
    }
    return concept;
  }

  private static void designate(ConceptDefinitionComponent concept, String use, String value) {
    if (value != null) {
      concept.addDesignation().setLanguage("en").setUse(new Coding(URL, use, null)).setValue(value);
    }
  }

  private static Extension history(CptConcept.HistoryEvent event) {
    Extension e = new Extension(HISTORY);
    e.addExtension("date", new DateType(event.date().toString()));
    e.addExtension("action", new CodeType(event.action()));
    e.addExtension("note", new StringType(event.note()));
    return e;
  }
}
