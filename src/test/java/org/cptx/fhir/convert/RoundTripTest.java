package org.cptx.fhir.convert;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.cptx.content.convert.FhirCodeSystems;
import org.cptx.content.convert.FhirConceptMaps;
import org.cptx.content.convert.FhirValueSets;
import org.cptx.terminology.model.CodeSystemDefinition;
import org.cptx.terminology.model.ConceptMapDefinition;
import org.cptx.terminology.model.Value;
import org.cptx.terminology.model.ValueSetDefinition;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.FilterOperator;
import org.junit.jupiter.api.Test;

/**
 * FHIR resources read into the engine's definitions (content/convert) and written back
 * (fhir/convert) come back equal, element for element: a field the engine's model or a converter
 * dropped would make them differ. Synthetic content only.
 */
class RoundTripTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final String SD = "http://hl7.org/fhir/StructureDefinition/";
  private static final String CS = "http://example.org/fhir/CodeSystem/synthetic";

  @Test
  void aValueSetWithItsComposeComesBackWhole() {
    ValueSet vs = valueSet();
    ValueSetDefinition def = FhirValueSets.definition(vs);
    assertThat(def.compose().include().get(0).filters())
        .extracting(f -> f.property() + " " + f.op() + " " + f.value())
        .containsExactly("colour = red", "concept child-of 9990A");
    assertThat(def.contained())
        .singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo("inner"));
    assertSame(vs, EngineValueSets.resource(def));
  }

  @Test
  void aCodeSystemWithPropertiesOfEveryValueTypeComesBackWhole() {
    CodeSystem cs = codeSystem();
    CodeSystemDefinition def = FhirCodeSystems.definition(cs);
    assertThat(def.concepts().get(0).properties())
        .extracting(p -> p.value())
        .containsExactly(
            Value.code("red"),
            Value.coding(
                new org.cptx.terminology.model.Coding(
                    "http://example.org/fhir/CodeSystem/colours", "1", "red", "Red")),
            Value.string("Synthetic text"),
            Value.integer(3),
            Value.bool(true),
            Value.dateTime("2025-01-02T03:04:05Z"),
            Value.decimal("1.50"));
    assertThat(def.concepts().get(0).extensions())
        .extracting(e -> e.value())
        .containsExactly(
            Value.string("A"), null, new Value.OtherValue("uri", "http://example.org/x"));
    assertThat(def.concepts().get(0).extensions().get(1).extensions())
        .extracting(e -> e.value())
        .containsExactly(Value.date("2020-01-01"), Value.code("added"));
    assertThat(def.concepts().get(0).concepts()).extracting(c -> c.code()).containsExactly("9990B");
    assertSame(cs, EngineCodeSystems.resource(def));
  }

  @Test
  void aConceptMapComesBackWhole() {
    ConceptMap map = conceptMap();
    ConceptMapDefinition def = FhirConceptMaps.definition(map);
    assertThat(def.groups().get(0).elements().get(1).targets().get(0).equivalence())
        .as("unmatched, with no code")
        .isEqualTo("unmatched");
    assertSame(map, EngineConceptMaps.resource(def));
  }

  /** Equal element for element, and (for a readable failure) equal as JSON. */
  private static void assertSame(Resource expected, Resource actual) {
    assertThat(FHIR.newJsonParser().encodeResourceToString(actual))
        .isEqualTo(FHIR.newJsonParser().encodeResourceToString(expected));
    assertThat(actual.equalsDeep(expected)).isTrue();
  }

  private static ValueSet valueSet() {
    ValueSet vs = new ValueSet();
    vs.setId("synthetic-vs");
    vs.addExtension(SD + "valueset-supplement", new CanonicalType(CS + "-supplement|1"));
    vs.addExtension(SD + "structuredefinition-standards-status", new CodeType("deprecated"));
    vs.addExtension(
        "http://example.org/fhir/StructureDefinition/topic",
        new org.hl7.fhir.r4.model.CodeableConcept()
            .addCoding(new org.hl7.fhir.r4.model.Coding("http://example.org/topic", "t1", "One"))
            .setText("Topic one"));
    vs.addExtension(
        "http://example.org/fhir/StructureDefinition/size",
        new org.hl7.fhir.r4.model.Quantity()
            .setValue(new java.math.BigDecimal("1.50"))
            .setUnit("mg"));
    vs.setUrl("http://example.org/fhir/ValueSet/synthetic")
        .setVersion("1.0")
        .setName("Synthetic")
        .setTitle("Synthetic value set")
        .setStatus(PublicationStatus.DRAFT)
        .setExperimental(true)
        .setDateElement(new DateTimeType("2025-02-03"))
        .setPublisher("cptx tests")
        .setCopyright("Invented for cptx tests");
    vs.setLanguage("en");
    ValueSet.ValueSetComposeComponent compose = vs.getCompose();
    Extension parameter = compose.addExtension().setUrl(SD + "valueset-expansion-parameter");
    parameter.addExtension("name", new CodeType("displayLanguage"));
    parameter.addExtension("value", new CodeType("de"));
    compose.getLockedDateElement().setValueAsString("2025-01-01");
    compose.setInactive(false);
    ValueSet.ConceptSetComponent include = compose.addInclude().setSystem(CS).setVersion("1");
    include.addExtension("http://example.org/fhir/StructureDefinition/note", new StringType("x"));
    ValueSet.ConceptReferenceComponent listed =
        include.addConcept().setCode("9990A").setDisplay("Synthetic parent");
    listed.addExtension(SD + "valueset-label", new StringType("a)"));
    listed
        .addDesignation()
        .setLanguage("de")
        .setUse(new Coding("http://snomed.info/sct", "900000000000013009", "Synonym"))
        .setValue("Synthetische Eltern")
        .addExtension(SD + "rendering-style", new StringType("font-weight: bold"));
    include.addFilter().setProperty("colour").setOp(FilterOperator.EQUAL).setValue("red");
    ValueSet.ConceptSetFilterComponent childOf =
        include.addFilter().setProperty("concept").setValue("9990A");
    childOf.getOpElement().addExtension(FhirValueSets.R5_FILTER_OP, new CodeType("child-of"));
    include.addValueSet("http://example.org/fhir/ValueSet/other|2");
    include.addValueSet("#inner");
    compose.addExclude().setSystem(CS).addConcept().setCode("9990B");
    ValueSet inner = new ValueSet().setStatus(PublicationStatus.ACTIVE);
    inner.setId("inner");
    inner.getCompose().addInclude().setSystem(CS);
    vs.addContained(inner);
    return vs;
  }

  private static CodeSystem codeSystem() {
    CodeSystem cs = new CodeSystem();
    cs.setId("synthetic");
    cs.addExtension(SD + "structuredefinition-standards-status", new CodeType("trial-use"));
    cs.setUrl(CS)
        .setVersion("1")
        .setName("Synthetic")
        .setTitle("Synthetic codes")
        .setStatus(PublicationStatus.ACTIVE)
        .setExperimental(false)
        .setCopyright("Invented for cptx tests")
        .setCaseSensitive(false)
        .setValueSet("http://example.org/fhir/ValueSet/synthetic-all")
        .setHierarchyMeaning(CodeSystem.CodeSystemHierarchyMeaning.ISA)
        .setContent(CodeSystem.CodeSystemContentMode.FRAGMENT)
        .setSupplements("http://example.org/fhir/CodeSystem/base|1")
        .setCount(2);
    cs.setLanguage("en");
    cs.addFilter()
        .setCode("colour")
        .setDescription("By colour")
        .setValue("a colour")
        .addOperator(CodeSystem.FilterOperator.EQUAL)
        .addOperator(CodeSystem.FilterOperator.IN);
    for (CodeSystem.PropertyType type : CodeSystem.PropertyType.values()) {
      if (type != CodeSystem.PropertyType.NULL) {
        cs.addProperty()
            .setCode("p-" + type.toCode())
            .setUri("http://example.org/props#" + type.toCode())
            .setDescription("A " + type.toCode())
            .setType(type);
      }
    }
    CodeSystem.ConceptDefinitionComponent a =
        cs.addConcept()
            .setCode("9990A")
            .setDisplay("Synthetic parent")
            .setDefinition("A synthetic parent concept");
    a.addExtension(SD + "codesystem-label", new StringType("A"));
    Extension history =
        a.addExtension().setUrl("http://cptx.org/fhir/StructureDefinition/cpt-history");
    history.addExtension("date", new DateType("2020-01-01"));
    history.addExtension("action", new CodeType("added"));
    a.addDesignation()
        .setLanguage("de")
        .setUse(new Coding("http://example.org/uses", "short", null))
        .setValue("Synthetisch")
        .addExtension(SD + "structuredefinition-standards-status", new CodeType("withdrawn"));
    a.addProperty().setCode("p-code").setValue(new CodeType("red"));
    a.addProperty()
        .setCode("p-Coding")
        .setValue(
            new Coding("http://example.org/fhir/CodeSystem/colours", "red", "Red").setVersion("1"));
    a.addProperty().setCode("p-string").setValue(new StringType("Synthetic text"));
    a.addProperty().setCode("p-integer").setValue(new IntegerType(3));
    a.addProperty().setCode("p-boolean").setValue(new BooleanType(true));
    a.addProperty().setCode("p-dateTime").setValue(new DateTimeType("2025-01-02T03:04:05Z"));
    a.addProperty().setCode("p-decimal").setValue(new DecimalType("1.50"));
    a.addExtension(
        "http://example.org/fhir/StructureDefinition/see", new UriType("http://example.org/x"));
    a.addConcept().setCode("9990B").setDisplay("Synthetic child");
    return cs;
  }

  private static ConceptMap conceptMap() {
    ConceptMap map = new ConceptMap();
    map.setId("synthetic-map");
    map.setUrl("http://example.org/fhir/ConceptMap/synthetic")
        .setVersion("1")
        .setName("SyntheticMap")
        .setStatus(PublicationStatus.ACTIVE);
    ConceptMap.ConceptMapGroupComponent group =
        map.addGroup()
            .setSource(CS)
            .setSourceVersion("1")
            .setTarget("http://example.org/fhir/CodeSystem/other")
            .setTargetVersion("2");
    group
        .addElement()
        .setCode("9990A")
        .setDisplay("Synthetic parent")
        .addTarget()
        .setCode("X1")
        .setDisplay("Other one")
        .setEquivalence(ConceptMapEquivalence.WIDER)
        .setComment("Invented");
    group.addElement().setCode("9990B").addTarget().setEquivalence(ConceptMapEquivalence.UNMATCHED);
    return map;
  }

  @Test
  void valuesOfEveryKindBecomeTheirFhirTypes() {
    assertThat(
            List.of(
                    Value.code("c"),
                    Value.string("s"),
                    Value.bool(false),
                    Value.integer(7),
                    Value.decimal("2.0"),
                    Value.dateTime("2025-01-02"),
                    Value.date("2025-01"))
                .stream()
                .map(
                    v ->
                        EngineValues.type(v).fhirType()
                            + "="
                            + EngineValues.type(v).primitiveValue())
                .toList())
        .containsExactly(
            "code=c",
            "string=s",
            "boolean=false",
            "integer=7",
            "decimal=2.0",
            "dateTime=2025-01-02",
            "date=2025-01");
  }
}
