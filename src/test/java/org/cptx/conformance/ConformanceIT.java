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
import org.junit.jupiter.api.Test;

/**
 * Runs the HL7 terminology-ecosystem conformance tests (vendored in {@code
 * src/test/resources/tx-ecosystem}, or {@code -Dcptx.txtests.dir}) against the real server and
 * holds the line: a test listed in {@code src/test/resources/conformance/passing.txt} that fails
 * breaks the build. The run's results page and list go to {@code target/conformance/}; with {@code
 * -Dcptx.conformance.refresh=true} they also replace the committed {@code docs/conformance.md} and
 * {@code passing.txt} (commit them), so a plain {@code mvn verify} leaves the work tree as it was.
 */
@RunningServer
class ConformanceIT {

  static final Path TESTS_DIR =
      Path.of(System.getProperty("cptx.txtests.dir", "src/test/resources/tx-ecosystem/tests"))
          .toAbsolutePath()
          .normalize();
  static final Path HARNESS =
      Path.of(System.getProperty("cptx.hl7validator.dir", "target/hl7-validator"));
  static final Path PASSING = Path.of("src/test/resources/conformance/passing.txt");
  static final Path REPORT = Path.of("docs/conformance.md");
  static final Path OUTPUT = Path.of("target/txtests").toAbsolutePath();
  static final Path TARGET = Path.of("target/conformance");
  static final boolean REFRESH = Boolean.getBoolean("cptx.conformance.refresh");

  @Test
  void testsThatPassedStillPass(TestServer server) throws Exception {
    if (!Files.isRegularFile(TESTS_DIR.resolve("test-cases.json"))) {
      fail("no conformance tests at " + TESTS_DIR + " (test-cases.json)");
    }
    TxTestsRunner runner = new TxTestsRunner(HARNESS, TESTS_DIR, OUTPUT);
    String missing = runner.missing();
    if (missing != null) {
      fail("the conformance runner is not built: no " + missing + "; run mvn verify");
    }
    long started = System.nanoTime();
    runner.run(server.base());
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    List<TxTestResult> results = TxResultsReader.read(OUTPUT, TESTS_DIR);

    Comparison comparison = Comparison.of(PassingList.read(PASSING), results);
    write(comparison.updatedList(), results);
    long passed = results.stream().filter(TxTestResult::passed).count();
    System.out.printf(
        "cptx conformance: %d of %d passed in %d s (%d passed, %d failed); results in %s%n",
        passed, results.size(), seconds, passed, results.size() - passed, OUTPUT);
    if (!comparison.newlyPassing().isEmpty()) {
      System.out.println(
          "cptx conformance: "
              + comparison.newlyPassing().size()
              + " newly passing test(s); record"
              + " them with mvn -B verify -Dcptx.conformance.refresh=true and commit "
              + PASSING
              + " and "
              + REPORT
              + ":\n  "
              + String.join("\n  ", comparison.newlyPassing()));
    }
    if (comparison.broken()) {
      fail(comparison.failureMessage() + "(runner output: " + OUTPUT + ")");
    }
  }

  /**
   * The list and the page under target/, and over the committed ones when a refresh was asked for.
   */
  private static void write(SortedSet<String> list, List<TxTestResult> results) throws IOException {
    Files.createDirectories(TARGET);
    if (Files.isRegularFile(REPORT)) { // the page's hand-written part, for the copy under target/
      Files.copy(
          REPORT,
          TARGET.resolve("conformance.md"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    PassingList.write(TARGET.resolve("passing.txt"), list);
    ConformanceReport.write(TARGET.resolve("conformance.md"), results, testsCommit());
    if (REFRESH) {
      PassingList.write(PASSING, list);
      ConformanceReport.write(REPORT, results, testsCommit());
    }
  }

  private static String testsCommit() throws IOException {
    Path commit = TESTS_DIR.getParent().resolve("COMMIT");
    return Files.isRegularFile(commit)
        ? Files.readString(commit, StandardCharsets.UTF_8).strip()
        : null;
  }
}
