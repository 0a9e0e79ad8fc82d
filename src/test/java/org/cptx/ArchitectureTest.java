package org.cptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays free of HTTP: no HAPI server API, no servlet, no Jetty in terminology/ or content/. */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/org/cptx");
  private static final List<String> HTTP_PACKAGES = List.of(
      "import ca.uhn.fhir.rest.", "import ca.uhn.fhir.interceptor.", "import jakarta.servlet.",
      "import org.eclipse.jetty.", "import org.cptx.fhir.", "import org.cptx.server.");

  @Test
  void engineHasNoHttpImports() throws IOException {
    assertThat(offending(MAIN.resolve("terminology"))).isEmpty();
  }

  @Test
  void contentLoadingHasNoHttpImports() throws IOException {
    assertThat(offending(MAIN.resolve("content"))).isEmpty();
  }

  @Test
  void theCheckSeesTheEngineSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve("terminology"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".java")).count()).isGreaterThan(10);
    }
  }

  private static List<String> offending(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (HTTP_PACKAGES.stream().anyMatch(line::startsWith)) {
            found.add(file + ": " + line);
          }
        }
      }
    }
    return found;
  }
}
