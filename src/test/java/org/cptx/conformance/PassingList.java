package org.cptx.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/** The committed list of conformance tests that pass: one {@code suite/test} per line, sorted. */
final class PassingList {

  private PassingList() {}

  static SortedSet<String> read(Path file) throws IOException {
    SortedSet<String> ids = new TreeSet<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  static void write(Path file, Collection<String> ids) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String id : new TreeSet<>(ids)) {
      text.append(id).append('\n');
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
