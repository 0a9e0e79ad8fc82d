package org.cptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers' rules, checked on the sources (imports and fully-qualified names alike; comments
 * aside): the engine and content loading stay free of HTTP (no HAPI server API, servlet, Jetty, nor
 * cptx's own HTTP layers), the engine speaks its own types (no FHIR model, no HAPI at all), the
 * request layer only parses (no engine in it), and responses are built from typed results, never
 * from the request layer.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/org/cptx");
  private static final List<String> HTTP_PACKAGES =
      List.of(
          "ca.uhn.fhir.rest.",
          "ca.uhn.fhir.interceptor.",
          "jakarta.servlet.",
          "org.eclipse.jetty.",
          "org.cptx.fhir.",
          "org.cptx.server.");
  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|(?m)//.*$");

  @Test
  void engineHasNoHttpReferences() throws IOException {
    assertThat(offending(MAIN.resolve("terminology"), HTTP_PACKAGES)).isEmpty();
  }

  /**
   * The engine works on its own model (terminology/model): conversion to and from FHIR's model
   * classes happens in content/ and fhir/.
   */
  @Test
  void engineHasNoFhirModelNorHapiReferences() throws IOException {
    assertThat(offending(MAIN.resolve("terminology"), List.of("org.hl7.fhir.", "ca.uhn.fhir.")))
        .isEmpty();
  }

  @Test
  void contentLoadingHasNoHttpReferences() throws IOException {
    assertThat(offending(MAIN.resolve("content"), HTTP_PACKAGES)).isEmpty();
  }

  @Test
  void responsesDoNotReachIntoTheRequestLayer() throws IOException {
    assertThat(offending(MAIN.resolve("fhir/response"), List.of("org.cptx.fhir.request.")))
        .isEmpty();
  }

  /**
   * The request layer parses: it neither builds nor scopes an engine (the engine scopes itself for
   * a request).
   */
  @Test
  void theRequestLayerHoldsNoEngine() throws IOException {
    assertThat(
            offending(
                MAIN.resolve("fhir/request"),
                List.of(
                    "org.cptx.terminology.Terminology;",
                    "org.cptx.terminology.Terminology ",
                    "Terminology base",
                    "withResources(",
                    ".within(")))
        .isEmpty();
  }

  @Test
  void theCheckSeesTheSourcesAndFindsFullyQualifiedNames() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve("terminology"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".java")).count()).isGreaterThan(10);
    }
    assertThat(
            references("class A { org.cptx.fhir.request.X x; }", List.of("org.cptx.fhir.request.")))
        .isTrue();
    assertThat(
            references(
                "/** see org.cptx.fhir.request.X */ class A {}", List.of("org.cptx.fhir.request.")))
        .isFalse();
    assertThat(
            references(
                "class A { java.util.List<org.hl7.fhir.r4.model.Coding> c; }",
                List.of("org.hl7.fhir.", "ca.uhn.fhir.")))
        .isTrue();
  }

  private static List<String> offending(Path root, List<String> packages) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (references(Files.readString(file), packages)) {
          found.add(file.toString());
        }
      }
    }
    return found;
  }

  private static boolean references(String source, List<String> packages) {
    String code = COMMENTS.matcher(source).replaceAll("");
    return packages.stream().anyMatch(code::contains);
  }
}
