package org.cptx.terminology.valueset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.support.Definitions.codeSystems;
import static org.cptx.support.Definitions.valueSets;
import static org.cptx.support.Definitions.vs;

import java.util.List;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Terminology;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/** $expand in the engine: hierarchy, paging, properties and the parameters an expansion reports. */
class ExpanderTest {

  static final String CS = "http://example.org/cs/tree";

  /** A draft code system: a (a1, a2 (a2x)), b; property "colour" declared with its own uri. */
  private static CodeSystem tree() {
    CodeSystem cs = new CodeSystem().setUrl(CS).setVersion("1").setStatus(PublicationStatus.DRAFT);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    cs.addProperty()
        .setCode("colour")
        .setUri("http://example.org/props#colour")
        .setType(CodeSystem.PropertyType.CODE);
    ConceptDefinitionComponent a =
        cs.addConcept().setCode("a").setDisplay("A").setDefinition("The A");
    a.addProperty().setCode("colour").setValue(new CodeType("red"));
    a.addConcept().setCode("a1").setDisplay("A one");
    a.addConcept()
        .setCode("a2")
        .setDisplay("A two")
        .addConcept()
        .setCode("a2x")
        .setDisplay("A two x");
    cs.addConcept().setCode("b").setDisplay("B");
    return cs;
  }

  private static ValueSet all() {
    ValueSet vs =
        new ValueSet().setUrl("http://example.org/vs/all").setStatus(PublicationStatus.ACTIVE);
    vs.getCompose().addInclude().setSystem(CS);
    return vs;
  }

  private final Terminology engine =
      new Terminology(new CodeSystemRegistry(), new ValueSetCatalog())
          .withResources(codeSystems(tree()), valueSets(all()), List.of());

  private static ExpansionRequest request(
      Integer count, int offset, String filter, boolean excludeNested, List<String> properties) {
    return ExpansionRequest.all()
        .withPage(count, offset)
        .withSelection(new ExpansionRequest.Selection(filter, false))
        .withPresentation(
            ExpansionRequest.Presentation.FLAT
                .withProperties(properties)
                .withExcludeNested(excludeNested));
  }

  @Test
  void codesNestUnderTheirParentsUnlessExcludeNested() {
    Expansion nested = engine.expand(vs(all()), request(null, 0, null, false, List.of()));
    assertThat(nested.total()).isEqualTo(5);
    assertThat(nested.contains()).extracting(ExpansionEntry::code).containsExactly("a", "b");
    ExpansionEntry a = nested.contains().get(0);
    assertThat(a.contains()).extracting(ExpansionEntry::code).containsExactly("a1", "a2");
    assertThat(a.contains().get(1).contains())
        .extracting(ExpansionEntry::code)
        .containsExactly("a2x");

    Expansion flat = engine.expand(vs(all()), request(null, 0, null, true, List.of()));
    assertThat(flat.contains())
        .extracting(ExpansionEntry::code)
        .containsExactly("a", "a1", "a2", "a2x", "b");
  }

  @Test
  void aPageIsFlatAndTheTotalCountsEveryCode() {
    Expansion page = engine.expand(vs(all()), request(2, 1, null, false, List.of()));
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.offset()).isEqualTo(1);
    assertThat(page.contains()).extracting(ExpansionEntry::code).containsExactly("a1", "a2");
    assertThat(page.contains()).allSatisfy(e -> assertThat(e.contains()).isEmpty());
  }

  @Test
  void anEnumerationAndATextSearchOverAWholeSystemStayFlat() {
    ValueSet listed = new ValueSet().setUrl("http://example.org/vs/listed");
    listed.getCompose().addInclude().setSystem(CS).addConcept().setCode("a");
    listed.getCompose().getIncludeFirstRep().addConcept().setCode("a1");
    assertThat(engine.expand(vs(listed), request(null, 0, null, false, List.of())).contains())
        .extracting(ExpansionEntry::code)
        .containsExactly("a", "a1");

    Expansion searched = engine.expand(vs(all()), request(null, 0, "two", false, List.of()));
    assertThat(searched.contains()).extracting(ExpansionEntry::code).containsExactly("a2", "a2x");
  }

  @Test
  void requestedPropertiesComeWithEachCodeAndAreDeclaredWithTheirUri() {
    Expansion e =
        engine.expand(vs(all()), request(null, 0, null, true, List.of("colour", "definition")));
    assertThat(e.properties())
        .containsEntry("colour", "http://example.org/props#colour")
        .containsEntry("definition", ExpansionProperties.STANDARD + "definition");
    assertThat(e.contains().get(0).properties())
        .extracting(ConceptProperty::code)
        .containsExactly("definition", "colour");
    assertThat(e.contains().get(0).properties().get(0).value().primitive()).isEqualTo("The A");
    assertThat(e.contains().get(1).properties()).isEmpty();
  }

  private static final String SD = "http://hl7.org/fhir/StructureDefinition/";

  /**
   * A code system whose concepts carry order and rendering extensions, one of them deprecated by
   * standards status.
   */
  private static CodeSystem ordered() {
    CodeSystem cs =
        new CodeSystem()
            .setUrl("http://example.org/cs/ordered")
            .setVersion("1")
            .setStatus(PublicationStatus.ACTIVE)
            .setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    ConceptDefinitionComponent x = cs.addConcept().setCode("x").setDisplay("X");
    x.addExtension(SD + "codesystem-conceptOrder", new org.hl7.fhir.r4.model.IntegerType(2));
    x.addExtension(
        SD + "rendering-style", new org.hl7.fhir.r4.model.StringType("font-weight: bold"));
    x.addExtension("http://example.org/unknown", new org.hl7.fhir.r4.model.StringType("ignored"));
    ConceptDefinitionComponent y = cs.addConcept().setCode("y").setDisplay("Y");
    y.addExtension(SD + "codesystem-conceptOrder", new org.hl7.fhir.r4.model.IntegerType(1));
    y.addExtension(SD + "structuredefinition-standards-status", new CodeType("deprecated"));
    return cs;
  }

  @Test
  void conceptExtensionsBecomeExpansionPropertiesAndEchoedExtensions() {
    ValueSet vs =
        new ValueSet().setUrl("http://example.org/vs/ordered").setStatus(PublicationStatus.ACTIVE);
    vs.getCompose().addInclude().setSystem("http://example.org/cs/ordered");
    Terminology withOrdered = engine.withResources(codeSystems(ordered()), List.of(), List.of());
    Expansion e = withOrdered.expand(vs(vs), request(null, 0, null, true, List.of()));

    assertThat(e.properties().keySet()).containsExactly("order", "status");
    ExpansionEntry x = e.contains().get(0);
    assertThat(x.properties())
        .extracting(p -> p.code() + "=" + p.value().primitive())
        .containsExactly("order=2");
    assertThat(x.extensions())
        .extracting(org.cptx.terminology.model.Extension::url)
        .containsExactly(SD + "rendering-style");
    assertThat(e.contains().get(1).properties())
        .extracting(p -> p.code() + "=" + p.value().primitive())
        .containsExactly("order=1", "status=deprecated");
  }

  @Test
  void aValueSetsListingOverridesTheOrderAndAddsLabelsAndDesignations() {
    ValueSet vs =
        new ValueSet()
            .setUrl("http://example.org/vs/listed-ordered")
            .setStatus(PublicationStatus.ACTIVE);
    var x =
        vs.getCompose()
            .addInclude()
            .setSystem("http://example.org/cs/ordered")
            .addConcept()
            .setCode("x");
    x.addExtension(SD + "valueset-conceptOrder", new org.hl7.fhir.r4.model.IntegerType(0));
    x.addExtension(SD + "valueset-label", new org.hl7.fhir.r4.model.StringType("a)"));
    x.addDesignation()
        .setLanguage("de")
        .setValue("Ix")
        .addExtension(
            "http://example.org/unknown", new org.hl7.fhir.r4.model.StringType("dropped"));
    Terminology withOrdered = engine.withResources(codeSystems(ordered()), List.of(), List.of());
    Expansion e =
        withOrdered.expand(
            vs(vs),
            ExpansionRequest.all()
                .withPresentation(ExpansionRequest.Presentation.FLAT.withDesignations(true)));

    ExpansionEntry entry = e.contains().get(0);
    assertThat(entry.properties())
        .extracting(p -> p.code() + "=" + p.value().primitive())
        .containsExactly("label=a)", "order=0");
    assertThat(entry.designations())
        .anySatisfy(
            d -> {
              assertThat(d.value()).isEqualTo("Ix");
              assertThat(d.extensions()).isEmpty();
            });
  }

  @Test
  void theExpansionReportsImportedValueSetsAndDraftCodeSystems() {
    ValueSet importer = new ValueSet().setUrl("http://example.org/vs/importer");
    importer.getCompose().addInclude().addValueSet("http://example.org/vs/all");
    Expansion e = engine.expand(vs(importer), request(null, 0, null, true, List.of()));
    assertThat(e.notes())
        .containsExactlyInAnyOrder(
            new Expansion.Note("used-valueset", "http://example.org/vs/all"),
            new Expansion.Note("warning-draft", CS + "|1"));
    assertThat(e.total()).isEqualTo(5);
  }

  /** A fragment of a synthetic system: f1, f2. */
  private static CodeSystem fragment() {
    CodeSystem cs =
        new CodeSystem().setUrl(FRAGMENT).setVersion("1").setStatus(PublicationStatus.ACTIVE);
    cs.setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
    cs.addConcept().setCode("f1").setDisplay("Synthetic fragment one");
    cs.addConcept().setCode("f2").setDisplay("Synthetic fragment two");
    return cs;
  }

  static final String FRAGMENT = "http://example.org/cs/fragment";

  private static ValueSet valueSet(String url) {
    return new ValueSet().setUrl(url).setStatus(PublicationStatus.ACTIVE);
  }

  @Test
  void anExpansionOfAFragmentIsUnclosedUnlessItListsItsCodes() {
    ValueSet whole = valueSet("http://example.org/vs/fragment-all");
    whole.getCompose().addInclude().setSystem(FRAGMENT);
    ValueSet listed = valueSet("http://example.org/vs/fragment-listed");
    listed.getCompose().addInclude().setSystem(FRAGMENT).addConcept().setCode("f1");
    ValueSet imports = valueSet("http://example.org/vs/fragment-import");
    imports.getCompose().addInclude().addValueSet(whole.getUrl());
    ValueSet intersected = valueSet("http://example.org/vs/fragment-and-listed");
    intersected.getCompose().addInclude().addValueSet(whole.getUrl()).addValueSet(listed.getUrl());
    Terminology withFragment =
        new Terminology(new CodeSystemRegistry(), new ValueSetCatalog())
            .withResources(
                codeSystems(tree(), fragment()), valueSets(all(), whole, listed), List.of());

    String reason = "This extension is based on a fragment of the code system " + FRAGMENT;
    assertThat(withFragment.expand(vs(whole), request(null, 0, null, true, List.of())).unclosed())
        .containsExactly(reason);
    assertThat(withFragment.expand(vs(imports), request(null, 0, null, true, List.of())).unclosed())
        .containsExactly(reason);
    assertThat(withFragment.expand(vs(listed), request(null, 0, null, true, List.of())).unclosed())
        .isEmpty();
    assertThat(
            withFragment
                .expand(vs(intersected), request(null, 0, null, true, List.of()))
                .unclosed())
        .isEmpty();
    assertThat(withFragment.expand(vs(all()), request(null, 0, null, true, List.of())).unclosed())
        .isEmpty();
  }
}
