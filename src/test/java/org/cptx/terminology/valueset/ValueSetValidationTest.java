package org.cptx.terminology.valueset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.support.Definitions.codeSystems;
import static org.cptx.support.Definitions.valueSets;
import static org.cptx.support.Definitions.vs;

import java.util.List;
import java.util.Map;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.ErrorKind;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.TerminologyException;
import org.cptx.terminology.ValidationResult;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/**
 * How ValueSet/$validate-code chooses versions, reports membership and words its findings
 * (synthetic data).
 */
class ValueSetValidationTest {

  private static final String SYS = "http://example.org/fhir/CodeSystem/synthetic-versions";

  private final Terminology engine =
      new Terminology(new CodeSystemRegistry(), new ValueSetCatalog())
          .withResources(
              codeSystems(system("1.0.0", "A", "B"), system("1.2.0", "A", "B", "C")),
              List.of(),
              List.of());

  private static CodeSystem system(String version, String... codes) {
    CodeSystem cs =
        new CodeSystem()
            .setUrl(SYS)
            .setVersion(version)
            .setStatus(PublicationStatus.ACTIVE)
            .setContent(CodeSystemContentMode.COMPLETE);
    for (String code : codes) {
      cs.addConcept().setCode(code).setDisplay("Synthetic " + code + " (" + version + ")");
    }
    return cs;
  }

  private static ValueSet valueSet(String includeVersion) {
    ValueSet vs =
        new ValueSet().setUrl("http://example.org/fhir/ValueSet/synthetic").setVersion("1");
    vs.getCompose().addInclude().setSystem(SYS).setVersion(includeVersion);
    return vs;
  }

  private ValidationResult validate(
      ValueSet vs, String version, String code, SystemVersions versions) {
    return engine.validateInValueSet(
        vs(vs),
        ValueSetValidateRequest.of(new CodingInput(SYS, version, code, null, "Coding."))
            .with(versions));
  }

  @Test
  void versionlessIncludeUsesTheLatestVersion() {
    ValidationResult r = validate(valueSet(null), null, "C", SystemVersions.NONE);
    assertThat(r.result()).isTrue();
    assertThat(r.coding().version()).isEqualTo("1.2.0");
  }

  @Test
  void codingVersionDifferentFromThePinnedIncludeIsAMismatch() {
    ValidationResult r = validate(valueSet("1.2.0"), "1.0.0", "A", SystemVersions.NONE);
    assertThat(r.result()).isFalse();
    assertThat(r.coding().version()).isEqualTo("1.2.0");
    assertThat(r.issues()).extracting(Issue::messageId).containsExactly("VALUESET_VALUE_MISMATCH");
  }

  @Test
  void wildcardIncludeTakesTheCodingsMatchingVersion() {
    ValidationResult r = validate(valueSet("1.x"), "1.0.0", "A", SystemVersions.NONE);
    assertThat(r.result()).isTrue();
    assertThat(r.coding().version()).isEqualTo("1.0.0");
  }

  @Test
  void forcedVersionOverridesTheValueSet() {
    SystemVersions forced = new SystemVersions(Map.of(), Map.of(SYS, "1.0.x"), Map.of());
    ValidationResult r = validate(valueSet("1.2.0"), null, "C", forced);
    assertThat(r.result()).isFalse();
    assertThat(r.coding().version()).isEqualTo("1.0.0");
    assertThat(r.issues()).extracting(Issue::txType).contains("invalid-code");
  }

  @Test
  void checkVersionThatDoesNotMatchIsAnError() {
    SystemVersions check = new SystemVersions(Map.of(), Map.of(), Map.of(SYS, "1.0.x"));
    ValidationResult r = validate(valueSet("1.2.0"), null, "A", check);
    assertThat(r.result()).isFalse();
    assertThat(r.issues()).extracting(Issue::messageId).containsExactly("VALUESET_VERSION_CHECK");
  }

  @Test
  void unknownCodingVersionIsNamedAsTheCause() {
    ValidationResult r = validate(valueSet(null), "9.9", "A", SystemVersions.NONE);
    assertThat(r.result()).isFalse();
    assertThat(r.unknownSystem().canonical()).isEqualTo(SYS + "|9.9");
    assertThat(r.issues())
        .extracting(Issue::messageId)
        .contains("UNKNOWN_CODESYSTEM_VERSION", "VALUESET_VALUE_MISMATCH_DEFAULT");
    assertThat(r.message()).doesNotContain("versionless include");
  }

  @Test
  void codeableConceptWithOneGoodCodingTurnsTheOthersIntoInformation() {
    ValueSet vs = valueSet("1.0.0");
    ValidationResult r =
        engine.validateInValueSet(
            vs(vs),
            ValueSetValidateRequest.ofCodeableConcept(
                List.of(
                    new CodingInput(
                        "http://example.org/other", null, "X", null, "CodeableConcept.coding[0]."),
                    new CodingInput(SYS, null, "A", null, "CodeableConcept.coding[1]."))));
    assertThat(r.coding().code()).isEqualTo("A");
    assertThat(r.issues())
        .filteredOn(i -> "this-code-not-in-vs".equals(i.txType()))
        .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Issue.Severity.INFORMATION));
  }

  @Test
  void filterWithoutValueIsRefused() {
    ValueSet vs = valueSet("1.0.0");
    vs.getCompose()
        .getIncludeFirstRep()
        .addFilter()
        .setProperty("concept")
        .setOp(ValueSet.FilterOperator.ISA);
    assertThatThrownBy(() -> validate(vs, null, "A", SystemVersions.NONE))
        .isInstanceOfSatisfying(
            TerminologyException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
              assertThat(e.issue().location())
                  .containsExactly("ValueSet.compose.include[0].filter[0]");
            });
  }

  @Test
  void circularImportsAreNamed() {
    ValueSet a = new ValueSet().setUrl("http://example.org/fhir/ValueSet/a");
    a.getCompose().addInclude().addValueSet("http://example.org/fhir/ValueSet/b");
    ValueSet b = new ValueSet().setUrl("http://example.org/fhir/ValueSet/b");
    b.getCompose().addInclude().addValueSet("http://example.org/fhir/ValueSet/a");
    Terminology withBoth = engine.withResources(List.of(), valueSets(a, b), List.of());
    assertThatThrownBy(() -> withBoth.expand(vs(a), ExpansionRequest.all()))
        .hasMessageContaining("circularity pointing to http://example.org/fhir/ValueSet/a");
  }

  private static ValueSet bothVersions() {
    ValueSet vs =
        new ValueSet().setUrl("http://example.org/fhir/ValueSet/synthetic-both").setVersion("1");
    vs.getCompose().addInclude().setSystem(SYS).setVersion("1.0.0");
    vs.getCompose().addInclude().setSystem(SYS).setVersion("1.2.0");
    return vs;
  }

  @Test
  void aCodingIsCheckedAgainstTheIncludedVersionItNames() {
    ValidationResult r = validate(bothVersions(), "1.0.0", "A", SystemVersions.NONE);
    assertThat(r.result()).isTrue();
    assertThat(r.coding().version()).isEqualTo("1.0.0");
  }

  @Test
  void aCodeMissingFromTheVersionTheCodingNamesIsNotInTheValueSetWithThatVersionShown() {
    ValidationResult r = validate(bothVersions(), "1.0.0", "C", SystemVersions.NONE);
    assertThat(r.result()).isFalse();
    assertThat(r.issues())
        .anySatisfy(
            i ->
                assertThat(i.text())
                    .isEqualTo(
                        "The provided code '"
                            + SYS
                            + "|1.0.0#C' was not found in the value set 'http://example.org/fhir/ValueSet/synthetic-both|1'"));
  }

  private List<String> expanded(ValueSet vs) {
    return engine.expand(vs(vs), ExpansionRequest.all()).contains().stream()
        .map(e -> e.code() + "|" + e.version())
        .toList();
  }

  @Test
  void anExpansionListsTheLatestPinnedVersionFirst() {
    assertThat(expanded(bothVersions()))
        .containsExactly("A|1.2.0", "B|1.2.0", "C|1.2.0", "A|1.0.0", "B|1.0.0");
  }

  @Test
  void anExcludeOfAnIncludedVersionKeepsToThatVersion() {
    ValueSet vs = bothVersions();
    vs.getCompose().addExclude().setSystem(SYS).setVersion("1.0.0").addConcept().setCode("A");
    assertThat(expanded(vs)).containsExactly("A|1.2.0", "B|1.2.0", "C|1.2.0", "B|1.0.0");
  }

  @Test
  void anExcludeOfAVersionNotIncludedTakesTheCodesOutOfEveryVersionAndSaysSo() {
    ValueSet vs = valueSet("1.2.0");
    vs.getCompose().addExclude().setSystem(SYS).setVersion("1.0.0");
    Expansion e = engine.expand(vs(vs), ExpansionRequest.all());
    assertThat(e.contains()).extracting(ExpansionEntry::code).containsExactly("C");
    assertThat(e.versionsMatch()).isTrue();
  }

  @Test
  void aCheckedVersionChoosesTheVersionOfAnIncludeThatNamesNone() {
    SystemVersions check = new SystemVersions(Map.of(), Map.of(), Map.of(SYS, "1.0.x"));
    Expansion e = engine.expand(vs(valueSet(null)), ExpansionRequest.all().withVersions(check));
    assertThat(e.usedCodeSystems()).containsExactly(SYS + "|1.0.0");
    assertThat(e.notes()).contains(new Expansion.Note("check-system-version", SYS + "|1.0.x"));
  }

  @Test
  void abstractFalseRefusesAnAbstractMember() {
    CodeSystem cs =
        new CodeSystem()
            .setUrl("http://example.org/fhir/CodeSystem/synthetic-abstract")
            .setVersion("1")
            .setStatus(PublicationStatus.ACTIVE)
            .setContent(CodeSystemContentMode.COMPLETE);
    cs.addProperty()
        .setCode("notSelectable")
        .setUri("http://hl7.org/fhir/concept-properties#notSelectable")
        .setType(CodeSystem.PropertyType.BOOLEAN);
    cs.addConcept()
        .setCode("GROUP")
        .setDisplay("Synthetic group")
        .addProperty()
        .setCode("notSelectable")
        .setValue(new org.hl7.fhir.r4.model.BooleanType(true));
    ValueSet vs =
        new ValueSet()
            .setUrl("http://example.org/fhir/ValueSet/synthetic-abstract")
            .setVersion("1");
    vs.getCompose().addInclude().setSystem(cs.getUrl());
    Terminology withAbstract = engine.withResources(codeSystems(cs), List.of(), List.of());
    ValueSetValidateRequest group =
        ValueSetValidateRequest.of(new CodingInput(cs.getUrl(), null, "GROUP", null, "Coding."));

    assertThat(withAbstract.validateInValueSet(vs(vs), group).result()).isTrue();
    ValidationResult refused =
        withAbstract.validateInValueSet(
            vs(vs), group.with(MembershipOptions.DEFAULT.withAbstractAllowed(false)));
    assertThat(refused.result()).isFalse();
    assertThat(refused.issues())
        .extracting(Issue::messageId)
        .containsExactly(
            "ABSTRACT_CODE_NOT_ALLOWED", "None_of_the_provided_codes_are_in_the_value_set_one");
  }

  @Test
  void aCodeInSeveralSystemsCannotHaveItsSystemInferred() {
    CodeSystem other =
        new CodeSystem()
            .setUrl("http://example.org/fhir/CodeSystem/synthetic-other")
            .setVersion("1")
            .setStatus(PublicationStatus.ACTIVE)
            .setContent(CodeSystemContentMode.COMPLETE);
    other.addConcept().setCode("A").setDisplay("Other A");
    ValueSet vs =
        new ValueSet().setUrl("http://example.org/fhir/ValueSet/synthetic-two").setVersion("1");
    vs.getCompose().addInclude().setSystem(SYS);
    vs.getCompose().addInclude().setSystem(other.getUrl());
    ValidationResult r =
        engine
            .withResources(codeSystems(other), List.of(), List.of())
            .validateInValueSet(
                vs(vs),
                ValueSetValidateRequest.of(new CodingInput(null, null, "A", null, ""))
                    .with(MembershipOptions.DEFAULT.withInferSystem(true)));
    assertThat(r.result()).isFalse();
    assertThat(r.issues())
        .extracting(Issue::messageId)
        .contains("Unable_to_resolve_system__value_set_has_multiple_matches");
  }

  @Test
  void aValueSetOnAnUnknownSystemReportsTheSystemAsTheCauseNotMembership() {
    ValueSet vs =
        new ValueSet().setUrl("http://example.org/fhir/ValueSet/synthetic-unknown").setVersion("1");
    vs.getCompose().addInclude().setSystem("http://example.org/fhir/CodeSystem/absent");
    ValidationResult r =
        engine.validateInValueSet(
            vs(vs),
            ValueSetValidateRequest.of(
                new CodingInput("http://example.org/fhir/CodeSystem/absent", null, "A", null, "")));
    assertThat(r.result()).isFalse();
    assertThat(r.issues()).extracting(Issue::messageId).containsExactly("UNKNOWN_CODESYSTEM");
    assertThat(r.unknownSystem().causedFailure()).isTrue();
  }

  @Test
  void aMissingPinnedImportIsWordedForTheOperation() {
    ValueSet importer =
        new ValueSet()
            .setUrl("http://example.org/fhir/ValueSet/synthetic-importer")
            .setVersion("1");
    importer
        .getCompose()
        .addInclude()
        .addValueSet("http://example.org/fhir/ValueSet/synthetic|9.9.9");
    assertThatThrownBy(() -> engine.expand(vs(importer), ExpansionRequest.all()))
        .isInstanceOfSatisfying(
            TerminologyException.class,
            e -> {
              assertThat(e.issue().messageId()).isEqualTo("VS_EXP_IMPORT_UNK_PINNED");
              assertThat(e.issue().text())
                  .isEqualTo(
                      "Unable to find included value set "
                          + "'http://example.org/fhir/ValueSet/synthetic' version '9.9.9'");
            });
    ValidationResult r = validate(importer, null, "A", SystemVersions.NONE);
    assertThat(r.issues())
        .anySatisfy(
            i ->
                assertThat(i.text())
                    .isEqualTo(
                        "A definition for the value Set 'http://example.org/fhir/ValueSet/synthetic|9.9.9' could not be found"));
  }

  @Test
  void membershipOnlyLeavesOutWhatTheCodeSystemSaysOfTheCode() {
    ValueSetValidateRequest wrongDisplay =
        ValueSetValidateRequest.of(new CodingInput(SYS, null, "A", "Not the display", "Coding."));
    ValidationResult full = engine.validateInValueSet(vs(valueSet(null)), wrongDisplay);
    assertThat(full.result()).isFalse();
    ValidationResult membership =
        engine.validateInValueSet(
            vs(valueSet(null)),
            wrongDisplay.with(MembershipOptions.DEFAULT.withMembershipOnly(true)));
    assertThat(membership.result()).isTrue();
    assertThat(membership.issues()).isEmpty();
  }

  @Test
  void aRelativeOrValueSetSystemIsCalledOut() {
    ValidationResult relative =
        engine.validateInValueSet(
            vs(valueSet(null)),
            ValueSetValidateRequest.of(new CodingInput("Local1", null, "A", null, "Coding.")));
    assertThat(relative.issues())
        .extracting(Issue::messageId)
        .contains("UNKNOWN_CODESYSTEM", "Terminology_TX_System_Relative");

    ValueSet held = valueSet(null);
    Terminology withHeld = engine.withResources(List.of(), valueSets(held), List.of());
    ValidationResult named =
        withHeld.validateInValueSet(
            vs(held),
            ValueSetValidateRequest.of(new CodingInput(held.getUrl(), null, "A", null, "Coding.")));
    assertThat(named.issues())
        .extracting(Issue::messageId)
        .contains("Terminology_TX_System_ValueSet2")
        .doesNotContain("UNKNOWN_CODESYSTEM");
    assertThat(named.unknownSystem()).isNull();
  }
}
