package org.cptx.fhir.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parameters each operation understands (name, FHIR type, repeating marked with *), so a change
 * to how the tables are put together cannot add, drop or retype one unnoticed; anything else is
 * skipped, or refused with a 400 under {@code Prefer: handling=strict}. Every operation also takes
 * the common rows (uuid, profile-url, profile).
 */
class ParameterTablesTest {

  @Test
  void lookup() {
    assertThat(accepted(LookupRequestReader.TABLE))
        .containsExactly(
            "code code",
            "coding Coding",
            "date dateTime",
            "defaultDisplayLanguage code",
            "displayLanguage code",
            "includeDesignations boolean",
            "language code",
            "property code*",
            "system uri",
            "tx-resource resource*",
            "useSupplement uri*",
            "version string");
  }

  @Test
  void codeSystemValidateCode() {
    assertThat(accepted(ValidateCodeRequestReader.TABLE))
        .containsExactly(
            "abstract boolean",
            "check-system-version uri*",
            "code code",
            "codeableConcept CodeableConcept",
            "coding Coding",
            "date dateTime",
            "default-to-latest-version boolean",
            "defaultDisplayLanguage code",
            "diagnostics boolean",
            "display string",
            "displayLanguage code",
            "force-system-version uri*",
            "lenient-display-validation boolean",
            "mode code",
            "system uri",
            "system-version uri*",
            "tx-resource resource*",
            "units positiveInt",
            "url uri",
            "useSupplement uri*",
            "version string");
  }

  @Test
  void valueSetValidateCode() {
    assertThat(accepted(ValueSetValidateRequestReader.TABLE))
        .containsExactly(
            "abstract boolean",
            "activeOnly boolean",
            "check-system-version uri*",
            "code code",
            "codeableConcept CodeableConcept",
            "coding Coding",
            "context uri",
            "date dateTime",
            "default-to-latest-version boolean",
            "default-valueset-version uri",
            "defaultDisplayLanguage code",
            "diagnostics boolean",
            "display string",
            "displayLanguage code",
            "force-system-version uri*",
            "inferSystem boolean",
            "lenient-display-validation boolean",
            "mode code",
            "system uri",
            "system-version uri*",
            "systemVersion string",
            "tx-resource resource*",
            "units positiveInt",
            "url uri",
            "useSupplement uri*",
            "valueSet resource",
            "valueSetMode code",
            "valueSetVersion string",
            "valueset-membership-only boolean",
            "version string");
  }

  @Test
  void expand() {
    assertThat(accepted(ExpandRequestReader.TABLE))
        .containsExactly(
            "activeOnly boolean",
            "check-system-version uri*",
            "context uri",
            "count integer",
            "date dateTime",
            "default-to-latest-version boolean",
            "default-valueset-version uri",
            "defaultDisplayLanguage code",
            "designation string*",
            "displayLanguage code",
            "excludeNested boolean",
            "excludeNotForUI boolean",
            "excludePostCoordinated boolean",
            "filter string",
            "force-system-version uri*",
            "includeDefinition boolean",
            "includeDesignations boolean",
            "offset integer",
            "property string*",
            "system-version uri*",
            "tx-resource resource*",
            "url uri",
            "useSupplement uri*",
            "valueSet resource",
            "valueSetVersion string");
  }

  @Test
  void translate() {
    assertThat(accepted(TranslateRequestReader.TABLE))
        .containsExactly(
            "code code",
            "codeableConcept CodeableConcept",
            "coding Coding",
            "conceptMap resource",
            "conceptMapVersion string",
            "reverse boolean",
            "source uri",
            "sourceCode code",
            "sourceCodeableConcept CodeableConcept",
            "sourceCoding Coding",
            "sourceScope uri",
            "sourceSystem uri",
            "system uri",
            "target uri",
            "targetCode code",
            "targetCodeableConcept CodeableConcept",
            "targetCoding Coding",
            "targetScope uri",
            "targetSystem uri",
            "targetsystem uri",
            "tx-resource resource*",
            "url uri",
            "version string");
  }

  @Test
  void theCapabilitiesListAcceptedExpandParameters() {
    assertThat(ExpandRequestReader.listedParameters())
        .containsExactly(
            "activeOnly",
            "check-system-version",
            "count",
            "displayLanguage",
            "excludeNested",
            "force-system-version",
            "includeDefinition",
            "includeDesignations",
            "offset",
            "property",
            "system-version",
            "tx-resource");
  }

  @Test
  void anExpansionEchoesOnlyAcceptedParameters() {
    assertThat(ExpandRequestReader.TABLE.stream().map(ParamSpec::name).toList())
        .containsAll(ExpandRequestReader.ECHOED);
  }

  @Test
  void everyOperationTakesTheCommonRows() {
    assertThat(accepted(OperationParameters.COMMON))
        .containsExactly("profile uri", "profile-url uri", "uuid string");
  }

  /** The rows as "name type[*]", sorted; a name given twice would show twice. */
  private static List<String> accepted(List<ParamSpec> table) {
    return table.stream()
        .map(s -> s.name() + " " + s.type().fhirName() + (s.repeats() ? "*" : ""))
        .sorted()
        .toList();
  }
}
