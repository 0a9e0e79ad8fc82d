package org.cptx.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HL7 FHIR Validator as the build laid it out in {@code target/hl7-validator} (the harness of
 * {@code src/test/hl7-validator}: its jar and {@code classpath.txt}), run in a JVM of its own
 * against a terminology server: its org.hl7.fhir libraries clash with HAPI's, so it never shares
 * the test class path.
 */
final class Hl7Validator {

  static final Duration TIMEOUT = Duration.ofMinutes(3);
  static final String MAIN = "org.cptx.hl7validator.RunValidator";

  private final Path dir;

  Hl7Validator(Path dir) {
    this.dir = dir.toAbsolutePath();
  }

  /** Null when the harness is built, else what is missing. */
  String missing() {
    if (!Files.isRegularFile(dir.resolve("classpath.txt"))) {
      return dir.resolve("classpath.txt") + " (built by mvn pre-integration-test)";
    }
    return harnessJar() == null ? "the harness jar in " + dir.resolve("build") : null;
  }

  /**
   * Validates {@code files} with {@code txBase} as terminology server; the run's files go to {@code
   * runDir}.
   */
  Result validate(String txBase, List<Path> files, Path runDir)
      throws IOException, InterruptedException {
    Files.createDirectories(runDir);
    Path out = runDir.resolve("issues.json");
    Path log = runDir.resolve("validator.log");
    Files.deleteIfExists(out);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g",
                "-Duser.home=" + dir.resolve("home"),
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                "-cp",
                harnessJar()
                    + java.io.File.pathSeparator
                    + Files.readString(dir.resolve("classpath.txt")).strip(),
                MAIN,
                "--tx",
                txBase,
                "--home",
                dir.resolve("home").toString(),
                "--out",
                out.toString(),
                "--tx-log",
                runDir.resolve("tx-log.txt").toString()));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException(
          "the HL7 validator did not finish within "
              + TIMEOUT.toMinutes()
              + " minutes; its output ("
              + log
              + "):\n"
              + tail(log));
    }
    if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
      throw new IllegalStateException(
          "the HL7 validator failed (exit "
              + process.exitValue()
              + "); its output ("
              + log
              + "):\n"
              + tail(log));
    }
    return new Result(read(out), log);
  }

  private Path harnessJar() {
    try (var jars = Files.list(dir.resolve("build"))) {
      return jars.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static Map<String, List<ValidatorIssue>> read(Path out) throws IOException {
    Map<String, List<ValidatorIssue>> byFile = new LinkedHashMap<>();
    for (JsonNode file : new ObjectMapper().readTree(out.toFile()).path("files")) {
      List<ValidatorIssue> issues = new ArrayList<>();
      for (JsonNode i : file.path("issues")) {
        issues.add(
            new ValidatorIssue(
                i.path("severity").asText(null),
                i.path("type").asText(null),
                i.path("messageId").asText(null),
                i.path("message").asText(null),
                i.path("location").asText(null),
                i.path("line").asInt(),
                i.path("col").asInt(),
                i.path("server").asText(null)));
      }
      byFile.put(file.path("file").asText(), issues);
    }
    return byFile;
  }

  private static String tail(Path log) throws IOException {
    if (!Files.isRegularFile(log)) {
      return "(no output)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** The issues per validated file (by file name), and the validator's own log. */
  record Result(Map<String, List<ValidatorIssue>> issuesByFile, Path log) {

    List<ValidatorIssue> issues(String fileName) {
      List<ValidatorIssue> issues = issuesByFile.get(fileName);
      if (issues == null) {
        throw new IllegalStateException(
            "the validator reported nothing for "
                + fileName
                + " (files: "
                + issuesByFile.keySet()
                + ")");
      }
      return issues;
    }
  }
}
