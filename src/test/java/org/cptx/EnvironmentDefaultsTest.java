package org.cptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnvironmentDefaultsTest {

  static Main parsed(Map<String, String> environment, String... args) {
    CommandLine commandLine = Main.commandLine(environment);
    commandLine.parseArgs(args);
    return commandLine.getCommand();
  }

  @Test
  void everyServerOptionReadsItsVariable() {
    Main main =
        parsed(
            Map.of(
                "CPTX_PORT",
                "9191",
                "CPTX_HOST",
                "0.0.0.0",
                "CPTX_CONTENT",
                "/a:/b",
                "CPTX_BASE_URL",
                "https://tx.example.org/fhir",
                "CPTX_AUTH_JWKS",
                "/keys.json",
                "CPTX_FORWARDED_HEADERS",
                "true",
                "CPTX_CORS_ORIGIN",
                "https://one.example.org,https://two.example.org",
                "CPTX_BATCH_MAX_ENTRIES",
                "7"));
    assertThat(main.port).isEqualTo(9191);
    assertThat(main.host).isEqualTo("0.0.0.0");
    assertThat(main.content).containsExactly(Path.of("/a"), Path.of("/b"));
    assertThat(main.baseUrl).isEqualTo("https://tx.example.org/fhir");
    assertThat(main.authJwks).isEqualTo("/keys.json");
    assertThat(main.forwardedHeaders).isTrue();
    assertThat(main.corsOrigins)
        .containsExactly("https://one.example.org", "https://two.example.org");
    assertThat(main.batchMaxEntries).isEqualTo(7);
  }

  @Test
  void theCommandLineWinsAndTheBuiltInDefaultsStay() {
    Main main = parsed(Map.of("CPTX_PORT", "9191"), "--port", "9292");
    assertThat(main.port).isEqualTo(9292);
    assertThat(main.host).isEqualTo("127.0.0.1");
    assertThat(main.resources).as("the packed content").isNull();
    assertThat(EnvironmentDefaults.variable("--max-body-bytes")).isEqualTo("CPTX_MAX_BODY_BYTES");
  }

  @Test
  void helpListsEveryCommandAndTheEnvironment() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = Main.commandLine(Map.of());
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute("--help")).isZero();
    assertThat(out.toString()).contains("check", "import", "CPTX_SOME_NAME", "--port");
  }
}
