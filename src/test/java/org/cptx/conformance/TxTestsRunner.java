package org.cptx.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code run-txtests.sh} (beside the tests folder) against a server in a process of its own: the HL7
 * validator it uses brings an org.hl7.fhir.core that clashes with HAPI's, so it never shares the test class path.
 */
final class TxTestsRunner {

  static final Duration TIMEOUT = Duration.ofMinutes(15);

  private final Path testsDir;
  private final Path outputDir;

  TxTestsRunner(Path testsDir, Path outputDir) {
    this.testsDir = testsDir;
    this.outputDir = outputDir;
  }

  Path script() {
    return testsDir.getParent().resolve("run-txtests.sh");
  }

  /** The runner's output folder; its last console line is "N passed, M failed". */
  Path outputDir() {
    return outputDir;
  }

  Path scriptLog() {
    return outputDir.resolveSibling(outputDir.getFileName() + ".log");
  }

  /** Runs the general-mode tests against {@code base}; returns the script's last line of output. */
  String run(String base) throws IOException, InterruptedException {
    deleteRecursively(outputDir);
    Files.createDirectories(outputDir);
    Path log = scriptLog();
    Process process = new ProcessBuilder(List.of("bash", script().toString(), base,
        "--tests", testsDir.toString(), "--output", outputDir.toString(), "--quiet"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException("run-txtests.sh did not finish within " + TIMEOUT.toMinutes()
          + " minutes; see " + log);
    }
    List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
    // exit 1 only means "some tests failed"; 2 is the script's own error (no tests folder, Maven failed, ...)
    if (process.exitValue() > 1) {
      throw new IllegalStateException("run-txtests.sh failed (exit " + process.exitValue() + "): "
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
    }
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
