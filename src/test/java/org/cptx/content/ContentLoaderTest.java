package org.cptx.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cptx.support.TestContent;
import org.cptx.terminology.CodeSystemProvider;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

  final ContentLoader loader = loader();

  /**
   * The loader under test; {@link StreamingContentLoaderTest} runs the same cases through the
   * streaming reader.
   */
  ContentLoader loader() {
    return new ContentLoader(FhirContext.forR4Cached());
  }

  @TempDir Path dir;

  @Test
  void loadsTheShippedContentWithTheCmsSupplementMergedIntoCpt() {
    LoadedContent content = loader.load(List.of(TestContent.BUILT_IN));
    CodeSystemProvider cpt = content.registry().find(TestContent.CPT, null).orElseThrow();
    assertThat(cpt.info().version()).isEqualTo("2025");
    assertThat(cpt.concept("47383").orElseThrow().property("global-days")).isPresent();
    assertThat(content.resources().read(CodeSystem.class, "cpt")).isPresent();
  }

  @Test
  void loadsXmlResourcesToo() throws IOException {
    write(
        "CodeSystem-x.xml",
        "<CodeSystem xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/>"
            + "<url value=\"http://example.org/x\"/><status value=\"active\"/><content value=\"complete\"/>"
            + "<concept><code value=\"A1\"/><display value=\"Synthetic A1\"/></concept></CodeSystem>");
    LoadedContent content = loader.load(List.of(dir));
    assertThat(content.registry().find("http://example.org/x", null).orElseThrow().concept("A1"))
        .isPresent();
  }

  @Test
  void malformedJsonNamesTheFileAndTheLine() throws IOException {
    Path file =
        write(
            "CodeSystem-bad.json",
            "{\n  \"resourceType\": \"CodeSystem\",\n  \"id\": \"bad\"\n  \"url\": 1\n}");
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line");
  }

  @Test
  void malformedConceptNamesTheFileAndTheLine() throws IOException {
    Path file =
        write(
            "CodeSystem-cut.json",
            "{\"resourceType\": \"CodeSystem\", \"id\": \"cut\",\n"
                + "\"url\": \"http://example.org/cut\", \"status\": \"active\", \"content\": \"complete\",\n"
                + "\"concept\": [{\"code\": \"A\"},\n{\"code\": \"B\" \"display\": \"b\"}]}");
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line");
  }

  @Test
  void unknownConceptElementIsRefused() throws IOException {
    Path file =
        write(
            "CodeSystem-odd.json",
            codeSystem(
                "odd",
                "http://example.org/odd",
                "\"concept\": [{\"code\": \"A\", \"colour\": \"blue\"}]"));
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("colour");
  }

  @Test
  void unknownElementIsRefused() throws IOException {
    Path file =
        write(
            "CodeSystem-odd.json",
            codeSystem(
                "odd",
                "http://example.org/odd",
                "\"concept\": [{\"code\": \"A\"}], \"colour\": \"blue\""));
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("colour");
  }

  @Test
  void duplicateCodeIsRefused() throws IOException {
    Path file =
        write(
            "CodeSystem-dup.json",
            codeSystem(
                "dup",
                "http://example.org/dup",
                "\"concept\": [{\"code\": \"A\"}, {\"code\": \"B\", \"concept\": [{\"code\": \"A\"}]}]"));
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("'A' is defined twice");
  }

  @Test
  void otherResourceTypesAreRefused() throws IOException {
    Path file = write("Patient-p.json", "{\"resourceType\": \"Patient\", \"id\": \"p\"}");
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("Patient");
  }

  @Test
  void missingUrlIsRefused() throws IOException {
    Path file =
        write(
            "CodeSystem-nourl.json",
            "{\"resourceType\": \"CodeSystem\", \"id\": \"nourl\", \"status\": \"active\", \"content\": \"complete\"}");
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("no url");
  }

  @Test
  void sameSystemAndVersionTwiceIsRefused() throws IOException {
    write("CodeSystem-a.json", codeSystem("a", "http://example.org/same", "\"version\": \"1\""));
    Path second =
        write(
            "CodeSystem-b.json", codeSystem("b", "http://example.org/same", "\"version\": \"1\""));
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .hasMessageContaining(second.toString())
        .hasMessageContaining("defined twice");
  }

  @Test
  void supplementOfAnAbsentSystemIsRefused() throws IOException {
    Path file =
        write(
            "CodeSystem-sup.json",
            codeSystem(
                "sup",
                "http://example.org/sup",
                "\"content\": \"supplement\", \"supplements\": \"http://example.org/absent\""));
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("http://example.org/absent");
  }

  @Test
  void theFirstBrokenFileInNameOrderIsReportedThoughLargerFilesAreParsedFirst() throws IOException {
    Path first =
        write("CodeSystem-a-small.json", "{\"resourceType\": \"CodeSystem\",\n  \"id\": 1,}");
    StringBuilder concepts = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      concepts
          .append(i == 0 ? "" : ", ")
          .append("{\"code\": \"C")
          .append(i)
          .append("\", \"display\": \"Synthetic ")
          .append(i)
          .append("\"}");
    }
    write(
        "CodeSystem-b-large.json",
        codeSystem(
            "large",
            "http://example.org/large",
            "\"concept\": [" + concepts + ", {\"code\": \"C1\"}]"));
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining(first.toString());
  }

  @Test
  void missingFolderIsRefused() {
    Path absent = dir.resolve("absent");
    assertThatThrownBy(() -> loader.load(List.of(absent))).hasMessageContaining(absent.toString());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String codeSystem(String id, String url, String more) {
    String body =
        "\"resourceType\": \"CodeSystem\", \"id\": \""
            + id
            + "\", \"url\": \""
            + url
            + "\", \"status\": \"active\"";
    if (!more.contains("\"content\"")) {
      body += ", \"content\": \"complete\"";
    }
    return "{" + body + ", " + more + "}";
  }
}
