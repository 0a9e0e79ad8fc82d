package org.cptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cptx check}: the smoke test the build runs (and records the class-data archive with). */
class CheckCommandTest {

  @TempDir Path dir;

  @Test
  void answersALookupAndExitsZero() {
    assertThat(
            run(
                "check",
                "--resources",
                TestContent.BUILT_IN.toString(),
                "--webapp",
                dir.toString()))
        .isZero();
  }

  @Test
  void aBrokenContentFolderExitsTwo() throws IOException {
    Files.writeString(dir.resolve("CodeSystem-broken.json"), "{\"resourceType\": \"CodeSystem\",");
    assertThat(
            run(
                "check",
                "--resources",
                TestContent.BUILT_IN.toString(),
                "--content",
                dir.toString()))
        .isEqualTo(2);
  }

  private static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
