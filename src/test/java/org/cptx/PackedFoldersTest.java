package org.cptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packed folders are copied out of the jar, and nothing else (invented for cptx tests). */
class PackedFoldersTest {

  @TempDir Path dir;

  @Test
  void onlyThePackedEntriesAreCopiedWithTheirTimesIntoAPrivateFolder() throws Exception {
    Path jar = dir.resolve("test.jar");
    FileTime built = FileTime.fromMillis(1_700_000_000_000L);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      entry(out, "org/cptx/Some.class", "not copied", built);
      entry(out, "cptx-builtin/webapp/", null, built);
      entry(out, "cptx-builtin/webapp/index.html", "<p>invented</p>", built);
      entry(out, "cptx-builtin/webapp/js/app.js", "// invented", built);
      entry(out, "cptx-builtin/fhir-resources/CodeSystem-x.json", "{}", built);
      entry(out, "cptx-builtin/../escaped.txt", "no", built);
    }
    Path root;
    try (JarFile opened = new JarFile(jar.toFile())) {
      root = PackedFolders.extract(opened, dir);
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root)))
        .isEqualTo("rwx------");
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()))
          .containsExactlyInAnyOrder(
              "cptx-builtin/webapp/index.html",
              "cptx-builtin/webapp/js/app.js",
              "cptx-builtin/fhir-resources/CodeSystem-x.json");
    }
    Path index = root.resolve("cptx-builtin/webapp/index.html");
    assertThat(index).hasContent("<p>invented</p>");
    assertThat(Files.getLastModifiedTime(index).toMillis()).isEqualTo(built.toMillis());
    assertThat(root.getParent().resolve("escaped.txt")).doesNotExist();
  }

  @Test
  void aLeftoverOfAProcessThatIsGoneIsRemovedAndOthersStay() throws Exception {
    long mine = ProcessHandle.current().pid();
    long gone = 1;
    while (ProcessHandle.of(gone).isPresent()) {
      gone += 7919;
    }
    Path leftover =
        Files.createDirectories(dir.resolve("cptx-builtin-" + gone + "-123/cptx-builtin"));
    Files.writeString(leftover.resolve("index.html"), "<p>invented</p>");
    Path live = Files.createDirectories(dir.resolve("cptx-builtin-" + mine + "-456"));
    Path other = Files.createDirectories(dir.resolve("cptx-builtin-notes"));
    PackedFolders.removeLeftovers(dir);
    assertThat(dir.resolve("cptx-builtin-" + gone + "-123")).doesNotExist();
    assertThat(live).exists();
    assertThat(other).exists();
  }

  private static void entry(JarOutputStream out, String name, String text, FileTime time)
      throws Exception {
    JarEntry entry = new JarEntry(name);
    entry.setLastModifiedTime(time);
    out.putNextEntry(entry);
    if (text != null) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    out.closeEntry();
  }
}
