package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.content.importer.Files4Test.source;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code lists of {@code import --telemedicine} and {@code --orthopox}, on invented codes. */
class CodeListReaderTest {

  private static final Map<String, CptConcept> RELEASE = new LinkedHashMap<>();

  static {
    for (String code : new String[] {"99901", "99902", "99903", "9990F"}) {
      RELEASE.put(code, new CptConcept(code, false));
    }
  }

  @TempDir Path dir;

  @Test
  void commentsBlankLinesHeaderAndDescriptorColumns() {
    assertThat(
            CodeListReader.read(
                source(
                    dir,
                    "telemedicine.txt",
                    "# Synthetic list, invented codes",
                    "",
                    "CPT Code\tDescriptor",
                    "99902\tSynthetic telemedicine visit",
                    "  99901   # trailing comment",
                    "",
                    "9990F,Synthetic measure",
                    "99903 synthetic"),
                RELEASE))
        .containsExactly("99902", "99901", "9990F", "99903");
    assertThat(CodeListReader.read(source(dir, "plain.txt", "99903"), RELEASE))
        .containsExactly("99903");
    assertThat(CodeListReader.read(source(dir, "empty.txt", "# nothing listed"), RELEASE))
        .isEmpty();
  }

  @Test
  void malformedUnknownAndRepeatedCodesStopWithFileAndLine() {
    assertThatThrownBy(
            () ->
                CodeListReader.read(
                    source(dir, "list.txt", "# synthetic", "99901", "9990"), RELEASE))
        .hasMessage(
            "list.txt:3: '9990' is not a CPT code (five characters: four digits, then a digit or an"
                + " upper-case letter)");
    assertThatThrownBy(
            () ->
                CodeListReader.read(source(dir, "list.txt", "CPT Code", "Another header"), RELEASE))
        .as("only the first line may be a header")
        .hasMessageStartingWith("list.txt:2: 'Another' is not a CPT code");
    assertThatThrownBy(() -> CodeListReader.read(source(dir, "list.txt", "9990f"), RELEASE))
        .hasMessageStartingWith("list.txt:1: '9990f' is not a CPT code");
    assertThatThrownBy(
            () -> CodeListReader.read(source(dir, "list.txt", "99901", "99909"), RELEASE))
        .hasMessage("list.txt:2: code 99909 is not in the AMA release");
    assertThatThrownBy(
            () ->
                CodeListReader.read(
                    source(dir, "list.txt", "99901", "", "99902", "99901"), RELEASE))
        .hasMessage("list.txt:4: code 99901 is listed twice (first on line 1)");
  }
}
