package org.cptx.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the HL7 terminology-ecosystem conformance tests against the real server and holds the line: a test listed
 * in {@code src/test/resources/conformance/passing.txt} that fails breaks the build; a newly passing test is added
 * to that list (commit it). Also rewrites {@code docs/conformance.md}. The tests folder is
 * {@code -Dcptx.txtests.dir} (default {@code ../shared/tx-ecosystem/tests}, with {@code run-txtests.sh} beside it);
 * without it the run is skipped, and says so.
 */
@RunningServer
class ConformanceIT {

  static final Path TESTS_DIR = Path.of(System.getProperty("cptx.txtests.dir", "../shared/tx-ecosystem/tests"))
      .toAbsolutePath().normalize();
  static final Path PASSING = Path.of("src/test/resources/conformance/passing.txt");
  static final Path REPORT = Path.of("docs/conformance.md");
  static final Path OUTPUT = Path.of("target/txtests").toAbsolutePath();

  /** Before the test and its server parameter: a missing tests folder neither starts a server nor passes. */
  @BeforeEach
  void testsArePresent() {
    String missing = !Files.isRegularFile(TESTS_DIR.resolve("test-cases.json")) ? "no tests folder at " + TESTS_DIR
        : !Files.isRegularFile(TESTS_DIR.getParent().resolve("run-txtests.sh"))
            ? "no run-txtests.sh beside " + TESTS_DIR : null;
    if (missing != null) {
      String message = "cptx conformance: SKIPPED, the HL7 terminology conformance run did not happen: " + missing
          + ". To run it, put the tx-ecosystem tests folder (the tests/ folder of"
          + " https://github.com/HL7/fhir-tx-ecosystem-ig) with run-txtests.sh beside it at"
          + " ../shared/tx-ecosystem/, or pass -Dcptx.txtests.dir=/path/to/tests.";
      System.out.println(message);
      Assumptions.abort(message);
    }
  }

  @Test
  void testsThatPassedStillPass(TestServer server) throws Exception {
    TxTestsRunner runner = new TxTestsRunner(TESTS_DIR, OUTPUT);
    long started = System.nanoTime();
    String summary = runner.run(server.base());
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    List<TxTestResult> results = TxResultsReader.read(OUTPUT, TESTS_DIR);

    SortedSet<String> listed = PassingList.read(PASSING);
    Comparison comparison = Comparison.of(listed, results);
    PassingList.write(PASSING, comparison.updatedList());
    ConformanceReport.write(REPORT, results, testsCommit());

    long passed = results.stream().filter(TxTestResult::passed).count();
    System.out.printf("cptx conformance: %d of %d passed in %d s (runner: \"%s\"); results in %s%n",
        passed, results.size(), seconds, summary, OUTPUT);
    if (!comparison.newlyPassing().isEmpty()) {
      System.out.println("cptx conformance: " + comparison.newlyPassing().size() + " newly passing test(s) added to "
          + PASSING + " (commit it):\n  " + String.join("\n  ", comparison.newlyPassing()));
    }
    if (comparison.broken()) {
      fail(comparison.failureMessage() + "(runner output: " + OUTPUT + ")");
    }
  }

  private static String testsCommit() throws IOException {
    Path commit = TESTS_DIR.getParent().resolve("COMMIT");
    return Files.isRegularFile(commit) ? Files.readString(commit, StandardCharsets.UTF_8).strip() : null;
  }
}
