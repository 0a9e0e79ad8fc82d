package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cptx.content.importer.synthetic.SyntheticRelease;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into an existing {@code --out} is all or nothing: a real child JVM running {@code cptx
 * import} halts (through {@link ImportHook}, as {@code kill -9} would) at the switch, and {@code
 * --out} then holds the old release or the new one, never a mix; the next import removes what the
 * stopped one left.
 */
class ImportSwitchTest {

  @TempDir static Path dir;

  private static Path ama;

  @BeforeAll
  static void release() throws Exception {
    new SyntheticRelease(60, 3).write(dir.resolve("release"));
    ama = dir.resolve("release/ama");
  }

  @Test
  void aSecondImportReplacesTheWholeReleaseAndIsReadableByTheGroup() throws Exception {
    Path out = dir.resolve("twice/out");
    importInProcess(out, "2026");
    assertThat(Files.isSymbolicLink(out)).isTrue();
    assertThat(names(out)).contains("CodeSystem-cpt-2026.json");
    Path first = out.toRealPath();
    importInProcess(out, "2027");
    assertThat(names(out))
        .contains("CodeSystem-cpt-2027.json")
        .doesNotContain("CodeSystem-cpt-2026.json");
    assertThat(names(dir.resolve("twice")))
        .containsExactlyInAnyOrder("out", ".out.cptx-releases", ".out.cptx-previous");
    assertThat(dir.resolve("twice/.out.cptx-previous").toRealPath())
        .as("kept for a server started on it")
        .isEqualTo(first);
    assertThat(names(first)).contains("CodeSystem-cpt-2026.json");
    Path second = out.toRealPath();
    importInProcess(out, "2028");
    assertThat(names(dir.resolve("twice/.out.cptx-releases")))
        .as("the current and the previous release only")
        .hasSize(2);
    assertThat(first).doesNotExist();
    assertThat(dir.resolve("twice/.out.cptx-previous").toRealPath()).isEqualTo(second);
    Path target = out.toRealPath();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rwxr-x---");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target.resolve("CodeSystem-cpt-2028.json"))))
        .isEqualTo("rw-r-----");
  }

  @Test
  void killedBeforeTheSwitchKeepsTheOldReleaseAndTheNextImportCleansUp() throws Exception {
    Path out = dir.resolve("before/out");
    importInProcess(out, "2026");
    assertThat(importInChild(out, "2027", "before-switch")).isEqualTo(137);
    assertThat(names(out))
        .contains("CodeSystem-cpt-2026.json")
        .doesNotContain("CodeSystem-cpt-2027.json");
    assertThat(names(dir.resolve("before/.out.cptx-releases")))
        .as("the unfinished release is left")
        .hasSize(2);
    Path old = out.toRealPath();
    importInProcess(out, "2028");
    assertThat(names(out))
        .contains("CodeSystem-cpt-2028.json")
        .doesNotContain("CodeSystem-cpt-2026.json");
    assertThat(names(dir.resolve("before")))
        .containsExactlyInAnyOrder("out", ".out.cptx-releases", ".out.cptx-previous");
    assertThat(names(dir.resolve("before/.out.cptx-releases")))
        .as("the unfinished release is gone")
        .hasSize(2);
    assertThat(dir.resolve("before/.out.cptx-previous").toRealPath()).isEqualTo(old);
  }

  @Test
  void killedAfterTheSwitchHasTheNewRelease() throws Exception {
    Path out = dir.resolve("after/out");
    importInProcess(out, "2026");
    assertThat(importInChild(out, "2027", "after-switch")).isEqualTo(137);
    assertThat(names(out))
        .contains("CodeSystem-cpt-2027.json")
        .doesNotContain("CodeSystem-cpt-2026.json");
  }

  @Test
  void aPlainFolderFromAnEarlierImportComesBackWhenTheFirstSwitchIsKilled() throws Exception {
    Path out = Files.createDirectories(dir.resolve("plain/out"));
    Files.writeString(out.resolve("CodeSystem-cpt-2025.json"), "{}");
    Files.createDirectories(dir.resolve("plain/.out.import-123"));
    assertThat(importInChild(out, "2027", "plain-moved")).isEqualTo(137);
    assertThat(out).doesNotExist();
    new ReleaseSwitch(out).removeLeftovers();
    assertThat(Files.isSymbolicLink(out)).isFalse();
    assertThat(names(out)).containsExactly("CodeSystem-cpt-2025.json");
    importInProcess(out, "2027");
    assertThat(names(out))
        .contains("CodeSystem-cpt-2027.json")
        .doesNotContain("CodeSystem-cpt-2025.json");
    assertThat(names(dir.resolve("plain"))).containsExactlyInAnyOrder("out", ".out.cptx-releases");
  }

  @Test
  void aFolderHoldingOtherFilesIsNotReplaced() throws Exception {
    Path out = Files.createDirectories(dir.resolve("mine/out"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> importInProcess(out, "2026"))
        .hasMessageContaining("holds notes.txt, which no import wrote");
    assertThat(names(dir.resolve("mine"))).containsExactly("out");
  }

  private static void importInProcess(Path out, String version) {
    new CptImporter(FhirContext.forR4Cached(), Progress.silent())
        .run(new ImportOptions(ama, null, null, null, version, out, TestContent.BUILT_IN, null));
  }

  /**
   * Runs {@code cptx import} in a new JVM that halts at the given point; returns its exit status.
   */
  private static int importInChild(Path out, String version, String haltAt) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-D" + ImportHook.PROPERTY + "=" + haltAt,
                "-cp",
                System.getProperty("java.class.path"),
                "org.cptx.Main",
                "import",
                "--ama",
                ama.toString(),
                "--version",
                version,
                "--out",
                out.toString(),
                "--resources",
                TestContent.BUILT_IN.toString()));
    Path log = dir.resolve("child-" + haltAt + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(
          "the import did not stop within 3 minutes: " + Files.readString(log));
    }
    assertThat(process.exitValue()).as(Files.readString(log)).isIn(0, 137);
    return process.exitValue();
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
