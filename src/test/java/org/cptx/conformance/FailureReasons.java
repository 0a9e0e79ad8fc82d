package org.cptx.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns the runner's failure message into one line. The runner reports a wrong HTTP status only as
 * "Response Code fail: should be '2xx' but is '400'"; for those the reason adds what the server
 * answered, read from the runner's {@code actual/} copy of the response (which the runner has
 * already stripped of text and diagnostics, so only the resource type and issue codes are left).
 */
final class FailureReasons {

  static final int MAX_LENGTH = 240;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path actualDir;
  private final Map<String, String> responseFiles;

  FailureReasons(Path outputDir, Path testsDir) throws IOException {
    this.actualDir = outputDir.resolve("actual");
    this.responseFiles = responseFiles(testsDir.resolve("test-cases.json"));
  }

  String reason(String suite, String test, String message) {
    String line =
        oneLine(message).replace(" for " + test + ";", ";"); // the runner names the test again
    if (line.isEmpty()) {
      return "failed without a message";
    }
    if (line.startsWith("Response Code fail")) {
      String answer = serverAnswer(responseFiles.get(suite + "/" + test));
      if (answer != null) {
        line = line + "; server answered " + answer;
      }
    }
    return truncate(line);
  }

  /**
   * All lines of a message, trimmed and joined: the runner puts Expected/Actual on lines of their
   * own.
   */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    return String.join("; ", message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
        .replaceAll("\\s+", " ");
  }

  static String truncate(String line) {
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
  }

  private String serverAnswer(String responseFile) {
    if (responseFile == null) {
      return null;
    }
    Path actual = actualDir.resolve(responseFile);
    if (!Files.isRegularFile(actual)) {
      return null;
    }
    try {
      JsonNode resource = JSON.readTree(actual.toFile());
      String type = resource.path("resourceType").asText("?");
      Set<String> codes = new LinkedHashSet<>();
      resource.path("issue").forEach(issue -> codes.add(issue.path("code").asText("?")));
      return codes.isEmpty() ? type : type + " " + String.join(", ", codes);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * suite/test -> the response file the runner compares with in general mode (and names its actual/
   * copy by).
   */
  private static Map<String, String> responseFiles(Path testCases) throws IOException {
    Map<String, String> files = new HashMap<>();
    if (!Files.isRegularFile(testCases)) {
      return files;
    }
    for (JsonNode suite : JSON.readTree(testCases.toFile()).path("suites")) {
      for (JsonNode test : suite.path("tests")) {
        JsonNode file =
            test.has("response:general") ? test.get("response:general") : test.get("response");
        if (file != null) {
          files.put(suite.path("name").asText() + "/" + test.path("name").asText(), file.asText());
        }
      }
    }
    return files;
  }
}
