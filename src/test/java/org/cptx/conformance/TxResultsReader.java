package org.cptx.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cptx.conformance.TxTestResult.Outcome;

/**
 * Reads the per-test outcomes the runner writes to its output folder. {@code test-results.json}
 * lists suites and their tests with {@code status} pass/fail and the failure {@code message}; a
 * test whose run threw has no status there, so its message comes from {@code report.json} (a
 * TestReport, names {@code suite/test}, result error).
 */
final class TxResultsReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TxResultsReader() {}

  /** The outcomes, in the runner's order; throws if the runner wrote none (it aborted). */
  static List<TxTestResult> read(Path outputDir, Path testsDir) throws IOException {
    Path results = outputDir.resolve("test-results.json");
    if (!Files.isRegularFile(results)) {
      throw new IllegalStateException(
          "the runner wrote no " + results + ": " + abortLine(outputDir));
    }
    Map<String, String> errors = errorMessages(outputDir.resolve("report.json"));
    FailureReasons reasons = new FailureReasons(outputDir, testsDir);
    List<TxTestResult> out = new ArrayList<>();
    for (JsonNode suite : JSON.readTree(results.toFile()).path("suites")) {
      String suiteName = suite.path("name").asText();
      for (JsonNode test : suite.path("tests")) {
        String name = test.path("name").asText();
        String status = test.path("status").asText("");
        switch (status) {
          case "pass" -> out.add(new TxTestResult(suiteName, name, Outcome.PASS, null));
          case "fail" ->
              out.add(
                  new TxTestResult(
                      suiteName,
                      name,
                      Outcome.FAIL,
                      reasons.reason(suiteName, name, test.path("message").asText(""))));
          case "ignored" -> {} // filtered out of this run
          default ->
              out.add(
                  new TxTestResult(
                      suiteName,
                      name,
                      Outcome.ERROR,
                      FailureReasons.truncate(
                          "runner exception: "
                              + FailureReasons.oneLine(
                                  errors.getOrDefault(
                                      suiteName + "/" + name, "(see console.log)")))));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("the runner reported no tests: " + abortLine(outputDir));
    }
    return out;
  }

  private static Map<String, String> errorMessages(Path report) throws IOException {
    Map<String, String> messages = new HashMap<>();
    if (Files.isRegularFile(report)) {
      for (JsonNode test : JSON.readTree(report.toFile()).path("test")) {
        JsonNode operation = test.path("action").path(0).path("operation");
        if ("error".equals(operation.path("result").asText())) {
          messages.put(test.path("name").asText(), operation.path("message").asText(""));
        }
      }
    }
    return messages;
  }

  /** The runner's own abort message from console.log, if any. */
  static String abortLine(Path outputDir) {
    Path log = outputDir.resolve("console.log");
    try {
      if (Files.isRegularFile(log)) {
        for (String line :
            new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList()) {
          if (line.startsWith("Exception running Terminology Service Tests")) {
            return FailureReasons.truncate(line);
          }
        }
        return "see " + log;
      }
    } catch (IOException e) {
      return "see " + log + " (" + e.getMessage() + ")";
    }
    return "no console.log in " + outputDir;
  }
}
