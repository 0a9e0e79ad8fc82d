package org.cptx.terminology.valueset.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.support.Definitions.codeSystems;

import java.util.List;
import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.Concept;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.TerminologyException;
import org.cptx.terminology.valueset.ValueSetCatalog;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.junit.jupiter.api.Test;

/**
 * Each filter operator of the catalogue over a small tree: a (a1, a2 (a2x)), b; a and a2x are red.
 */
class ConceptFiltersTest {

  private static final String CS = "http://example.org/cs/filter-tree";
  private static final List<String> CODES = List.of("a", "a1", "a2", "a2x", "b");
  private static final CodeSystemProvider TREE =
      new Terminology(new CodeSystemRegistry(), new ValueSetCatalog())
          .withResources(codeSystems(tree()), List.of(), List.of())
          .registry()
          .find(CS, null)
          .orElseThrow();

  private static CodeSystem tree() {
    CodeSystem cs = new CodeSystem().setUrl(CS).setVersion("1").setStatus(PublicationStatus.ACTIVE);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    cs.addProperty().setCode("colour").setType(CodeSystem.PropertyType.CODE);
    ConceptDefinitionComponent a = cs.addConcept().setCode("a").setDisplay("A");
    a.addProperty().setCode("colour").setValue(new CodeType("red"));
    a.addConcept().setCode("a1").setDisplay("A one");
    ConceptDefinitionComponent a2 = a.addConcept().setCode("a2").setDisplay("A two");
    a2.addConcept()
        .setCode("a2x")
        .setDisplay("A two x")
        .addProperty()
        .setCode("colour")
        .setValue(new CodeType("red"));
    cs.addConcept().setCode("b").setDisplay("B");
    return cs;
  }

  private static List<String> matching(String op, String property, String value) {
    Predicate<Concept> test = ConceptFilters.forOp(op).orElseThrow().compile(TREE, property, value);
    return CODES.stream().filter(code -> test.test(TREE.concept(code).orElseThrow())).toList();
  }

  @Test
  void hierarchyOperators() {
    assertThat(matching("is-a", "concept", "a2")).containsExactly("a2", "a2x");
    assertThat(matching("descendent-of", "concept", "a")).containsExactly("a1", "a2", "a2x");
    assertThat(matching("is-not-a", "concept", "a2")).containsExactly("a", "a1", "b");
    assertThat(matching("generalizes", "concept", "a2x")).containsExactly("a", "a2", "a2x");
    assertThat(matching("child-of", "concept", "a")).containsExactly("a1", "a2");
  }

  @Test
  void propertyOperators() {
    assertThat(matching("=", "colour", "red")).containsExactly("a", "a2x");
    assertThat(matching("in", "code", "a1, b")).containsExactly("a1", "b");
    assertThat(matching("not-in", "code", "a1, b")).containsExactly("a", "a2", "a2x");
    assertThat(matching("exists", "colour", "false")).containsExactly("a1", "a2", "b");
    assertThat(matching("regex", "display", "A t.*")).containsExactly("a2", "a2x");
  }

  @Test
  void unknownOperatorsAndUnusableValues() {
    assertThat(ConceptFilters.forOp("is-kind-of")).isEmpty();
    assertThat(ConceptFilters.forOp(null)).isEmpty();
    assertThatThrownBy(() -> matching("exists", "colour", "maybe"))
        .isInstanceOfSatisfying(
            TerminologyException.class,
            e ->
                assertThat(e.issue().text())
                    .isEqualTo(
                        "The filter 'colour exists maybe' needs a value that is true or false"));
  }
}
