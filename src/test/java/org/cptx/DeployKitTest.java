package org.cptx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The deployment kit in deploy/ agrees with the server: the variables it sets are options the
 * server reads, its ports line up, and its probe paths are ones the server answers. (No container
 * runtime or cluster is reachable here, so the files are checked, not run.)
 */
@RunningServer
class DeployKitTest {

  static final Path DEPLOY = Path.of("deploy");
  static final Pattern VARIABLE = Pattern.compile("\\b(CPTX_[A-Z_]+)=");

  /** Every variable the server reads: one per option of the cptx command. */
  static Set<String> serverVariables() {
    return new CommandLine(new Main())
        .getCommandSpec().options().stream()
            .map(o -> EnvironmentDefaults.variable(o.longestName()))
            .collect(Collectors.toSet());
  }

  static List<JsonNode> manifests() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<JsonNode> docs = new ArrayList<>();
    try (YAMLParser parser =
        new YAMLFactory().createParser(DEPLOY.resolve("kubernetes/cptx.yaml").toFile())) {
      yaml.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
    }
    return docs;
  }

  static JsonNode kind(List<JsonNode> docs, String kind) {
    return docs.stream()
        .filter(d -> kind.equals(d.path("kind").asText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theManifestsLineUpWithTheServer(TestServer server) throws Exception {
    List<JsonNode> docs = manifests();
    assertThat(docs)
        .extracting(d -> d.path("kind").asText())
        .contains("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget");
    JsonNode container = kind(docs, "Deployment").at("/spec/template/spec/containers/0");
    Map<String, String> env = new java.util.HashMap<>();
    container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
    assertThat(serverVariables()).containsAll(env.keySet());
    assertThat(container.at("/ports/0/containerPort").asInt())
        .isEqualTo(Integer.parseInt(env.get("CPTX_PORT")));
    assertThat(kind(docs, "Service").at("/spec/ports/0/targetPort").asText())
        .isEqualTo(container.at("/ports/0/name").asText());
    assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      String path = container.at("/" + probe + "/httpGet/path").asText();
      assertThat(answer(server, path)).as("%s %s", probe, path).isEqualTo(200);
    }
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/readyz");
  }

  @Test
  void theDockerfileAndTheUnitSetOnlyWhatTheServerReads() throws IOException {
    String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
    String unit = Files.readString(DEPLOY.resolve("systemd/cptx.service"));
    for (String text : List.of(dockerfile, unit)) {
      Matcher m = VARIABLE.matcher(text);
      List<String> set = new ArrayList<>();
      while (m.find()) {
        set.add(m.group(1));
      }
      assertThat(set).isNotEmpty();
      assertThat(serverVariables()).containsAll(set);
    }
    assertThat(dockerfile)
        .contains(
            "EXPOSE 8080",
            "CPTX_PORT=8080",
            "USER 10001",
            "-XX:SharedArchiveFile=",
            "cptx.jar check");
    assertThat(unit).contains("SuccessExitStatus=143", "-XX:SharedArchiveFile=", "User=cptx");
  }

  /** The status a path of the server's root (not its FHIR base) answers. */
  private static int answer(TestServer server, String path) throws Exception {
    URI root = URI.create(server.base()).resolve(path);
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(root).GET().build(),
            java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
