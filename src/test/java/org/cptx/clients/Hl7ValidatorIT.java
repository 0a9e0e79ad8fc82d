package org.cptx.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.support.TestContent.CPT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HL7 FHIR Validator 6.10.4, the client interoperability testers use, validates resources
 * carrying CPT codes with cptx as its terminology server ({@code -tx}), and gets CPT right: valid
 * codes, descriptors and expressions pass; a wrong display, an unknown code and a value set listing
 * an unknown code are errors. The validator runs in a JVM of its own ({@link Hl7Validator}) through
 * a relay that records what it asks cptx ({@link TxRecorder}): {@code target/hl7-validator/run/}
 * holds its issues, its own log and tx log, and {@code tx-requests.md}, every request it sent and
 * cptx's answer.
 */
@RunningServer
class Hl7ValidatorIT {

  static final Path CLIENTS = Path.of("src/test/resources/clients");
  static final Path DIR =
      Path.of(System.getProperty("cptx.hl7validator.dir", "target/hl7-validator"));
  static final Path RUN = DIR.resolve("run");
  static final String LONG = "Ablation, 1 or more liver tumor(s), percutaneous, cryoablation";
  static final String SHORT = "PERQ ABLTJ LVR CRYOABLATION";
  static final String WRONG_DISPLAY_ID = "Display_Name_for__should_be_one_of__instead_of";
  static final List<String> UNKNOWN_CODE_IDS =
      List.of("Unknown_Code_in_Version", "Unknown_Code_in");

  private static Hl7Validator.Result result;
  private static List<TxExchange> exchanges = List.of();

  @BeforeAll
  static void validateEveryClientResource(TestServer server) throws Exception {
    Hl7Validator validator = new Hl7Validator(DIR);
    assertThat(validator.missing())
        .as("the HL7 validator harness, built by mvn pre-integration-test")
        .isNull();
    List<Path> files;
    try (Stream<Path> list = Files.list(CLIENTS)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    long started = System.nanoTime();
    try (TxRecorder recorder = new TxRecorder(server.base())) {
      try {
        result = validator.validate(recorder.base(), files, RUN);
      } finally {
        exchanges = recorder.exchanges();
        TxRequestReport.write(
            RUN.resolve("tx-requests.md"),
            "What the HL7 FHIR Validator 6.10.4 sent to cptx",
            exchanges);
      }
    }
    System.out.printf(
        "cptx hl7 validator: %d file(s) validated in %d s, %d request(s) to cptx; see %s%n",
        files.size(), (System.nanoTime() - started) / 1_000_000_000L, exchanges.size(), RUN);
  }

  @Test
  void theValidatorAskedCptxAboutEveryCptCoding() {
    assertThat(exchanges).as("requests to cptx").anyMatch(e -> e.path().equals("metadata"));
    assertThat(
            List.of(
                coding("47383", LONG),
                coding("47383", SHORT),
                coding("47383", "Liver biopsy"),
                coding("99999", null),
                coding("47383:51", null),
                coding("51", null)))
        .allSatisfy(
            c ->
                assertThat(exchanges)
                    .as("a request about %s", c)
                    .anyMatch(e -> e.isOperation() && e.mentions(CPT, c.code(), c.display())));
  }

  @Test
  void theLongDescriptorIsAValidDisplay() {
    assertValid("procedure-cpt-long-display.json", "Procedure.code", coding("47383", LONG));
  }

  @Test
  void theShortDescriptorIsAValidDisplay() {
    assertValid("procedure-cpt-short-display.json", "Procedure.code", coding("47383", SHORT));
  }

  @Test
  void aCodeWithItsModifierIsAValidCptExpression() {
    assertValid("procedure-cpt-expression.json", "Procedure.code", coding("47383:51", null));
  }

  @Test
  void aClaimItemWithACodeAndAModifierIsValid() {
    assertValid("claim-cpt-modifier.json", "Claim.item[0].productOrService", coding("47383", null));
    assertValid("claim-cpt-modifier.json", "Claim.item[0].modifier[0]", coding("51", null));
  }

  @Test
  void aWrongDisplayIsOneWrongDisplayNameError() {
    List<ValidatorIssue> errors = errorsAt("procedure-cpt-wrong-display.json", "Procedure.code");
    assertThat(errors)
        .as(context("procedure-cpt-wrong-display.json", coding("47383", "Liver biopsy")))
        .singleElement()
        .satisfies(e -> assertThat(e.messageId()).isEqualTo(WRONG_DISPLAY_ID))
        .satisfies(
            e ->
                assertThat(e.message())
                    .startsWith("Wrong Display Name 'Liver biopsy' for " + CPT + "#47383"));
  }

  @Test
  void anUnknownCodeIsOneUnknownCodeError() {
    List<ValidatorIssue> errors = errorsAt("procedure-cpt-unknown-code.json", "Procedure.code");
    assertThat(errors)
        .as(context("procedure-cpt-unknown-code.json", coding("99999", null)))
        .singleElement()
        .satisfies(e -> assertThat(e.messageId()).isIn(UNKNOWN_CODE_IDS))
        .satisfies(e -> assertThat(e.message()).contains("Unknown code '99999'").contains(CPT));
  }

  @Test
  void aValueSetListingAnUnknownCodeHasAnErrorForThatCodeOnly() {
    String file = "valueset-cpt-compose.json";
    List<ValidatorIssue> errors = errorsAt(file, "ValueSet.compose");
    assertThat(errors)
        .as(context(file, coding("99999", null)))
        .singleElement()
        .satisfies(
            e -> assertThat(e.location()).isEqualTo("ValueSet.compose.include[0].concept[1]"))
        .satisfies(
            e -> assertThat(e.messageId()).isEqualTo("VALUESET_INCLUDE_INVALID_CONCEPT_CODE"))
        // the validator quotes the server's reason: CPT does not know the code (not a refused
        // request)
        .satisfies(
            e -> assertThat(e.message()).contains("'99999'").contains("Unknown code '99999'"));
  }

  private static void assertValid(String file, String path, Coding coding) {
    String context = context(file, coding);
    assertThat(errorsAt(file, path)).as("errors at %s; %s", path, context).isEmpty();
    List<TxExchange> asked = about(coding);
    assertThat(asked)
        .as("requests about %s; %s", coding, context)
        .isNotEmpty()
        .filteredOn(e -> !e.path().endsWith("$batch-validate-code"))
        .allSatisfy(
            e ->
                assertThat(e.validated())
                    .as("cptx's answer: %s", TxRequestReport.answer(e))
                    .isTrue());
  }

  private static List<ValidatorIssue> errorsAt(String file, String path) {
    return result.issues(file).stream()
        .filter(ValidatorIssue::isError)
        .filter(i -> i.isAt(path))
        .toList();
  }

  private static List<TxExchange> about(Coding coding) {
    return exchanges.stream()
        .filter(e -> e.isOperation() && e.mentions(CPT, coding.code(), coding.display()))
        .toList();
  }

  /**
   * What a failure shows: the validator's issues for the file, and each request about the coding
   * with the answer.
   */
  private static String context(String file, Coding coding) {
    List<String> lines = new ArrayList<>();
    lines.add("validator issues for " + file + ":");
    result.issues(file).forEach(i -> lines.add("  " + i));
    lines.add("requests to cptx about " + coding + ":");
    about(coding)
        .forEach(
            e ->
                lines.add(
                    "  "
                        + e.method()
                        + " "
                        + e.path()
                        + " "
                        + e.parameters().keySet()
                        + " -> "
                        + e.status()
                        + " "
                        + TxRequestReport.answer(e)));
    return lines.stream().collect(Collectors.joining("\n"));
  }

  private static Coding coding(String code, String display) {
    return new Coding(code, display);
  }

  record Coding(String code, String display) {
    @Override
    public String toString() {
      return CPT + "|" + code + (display == null ? "" : " '" + display + "'");
    }
  }
}
