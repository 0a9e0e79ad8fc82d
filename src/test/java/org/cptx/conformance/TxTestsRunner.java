package org.cptx.conformance;

import java.io.File;
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
 * Runs the HL7 validator's conformance test runner ({@code org.cptx.hl7validator.RunTxTests} of the
 * harness that the build lays out in {@code target/hl7-validator}) against a server, in a JVM of
 * its own: the validator brings an org.hl7.fhir.core that clashes with HAPI's, so it never shares
 * the test class path.
 */
final class TxTestsRunner {

  static final Duration TIMEOUT = Duration.ofMinutes(15);
  static final String MAIN = "org.cptx.hl7validator.RunTxTests";

  private final Path harnessDir;
  private final Path testsDir;
  private final Path outputDir;

  TxTestsRunner(Path harnessDir, Path testsDir, Path outputDir) {
    this.harnessDir = harnessDir.toAbsolutePath();
    this.testsDir = testsDir;
    this.outputDir = outputDir;
  }

  /** Null when the harness is built, else what is missing. */
  String missing() throws IOException {
    Path classPath = harnessDir.resolve("classpath.txt");
    if (!Files.isRegularFile(classPath)) {
      return classPath + " (built by mvn pre-integration-test)";
    }
    return harnessJar() == null ? "the harness jar in " + harnessDir.resolve("build") : null;
  }

  /**
   * Runs the general-mode tests against {@code base}; the runner's output goes to {@code
   * console.log}.
   */
  void run(String base) throws IOException, InterruptedException {
    deleteRecursively(outputDir);
    Files.createDirectories(outputDir);
    Path log = outputDir.resolve("console.log");
    String classPath =
        harnessJar()
            + File.pathSeparator
            + Files.readString(harnessDir.resolve("classpath.txt")).strip();
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx2g",
                    "-Duser.home=" + harnessDir.resolve("home"),
                    "-cp",
                    classPath,
                    MAIN,
                    base,
                    testsDir.toString(),
                    outputDir.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException(
          "the conformance runner did not finish within "
              + TIMEOUT.toMinutes()
              + " minutes; see "
              + log);
    }
    // exit 1 only means "some tests failed"; 2 or an exception is the runner's own failure
    if (process.exitValue() > 1) {
      List<String> lines =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      throw new IllegalStateException(
          "the conformance runner failed (exit "
              + process.exitValue()
              + "): "
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
    }
  }

  private Path harnessJar() throws IOException {
    Path build = harnessDir.resolve("build");
    if (!Files.isDirectory(build)) {
      return null;
    }
    try (Stream<Path> files = Files.list(build)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".jar"))
          .findFirst()
          .orElse(null);
    }
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
