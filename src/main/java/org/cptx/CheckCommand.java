package org.cptx;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cptx.content.ContentException;
import org.cptx.server.CptxServer;
import org.cptx.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cptx check}: starts the server on a free loopback port, asks it for one {@code $lookup}
 * over HTTP, and stops. A smoke test of a build; the build also runs it once to record the
 * class-data archive that makes later start-ups faster (see docs/import.md, "Start-up and memory").
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Start the server on a free port, answer one $lookup over HTTP, stop; exit 0 when it answered.")
public final class CheckCommand implements Callable<Integer> {

  static final String LOOKUP =
      "/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383";

  @Option(
      names = "--resources",
      description = "the built-in content folder (default: the one packed in cptx.jar)")
  Path resources;

  @Option(names = "--content", description = "a further folder of FHIR resources (repeatable)")
  List<Path> content = new ArrayList<>();

  @Option(
      names = "--webapp",
      description = "the browser UI folder (default: the one packed in cptx.jar)")
  Path webapp;

  @Override
  public Integer call() throws Exception {
    List<Path> folders = new ArrayList<>();
    folders.add(resources != null ? resources : BuiltIn.resources());
    folders.addAll(content);
    try (CptxServer server =
        CptxServer.start(
            new ServerConfig(
                "127.0.0.1", 0, folders, webapp != null ? webapp : BuiltIn.webapp()))) {
      // one request on a connection of its own, closed after the answer: nothing stays open to hold
      // the stop
      java.net.HttpURLConnection http =
          (java.net.HttpURLConnection)
              URI.create(server.fhirBase() + LOOKUP).toURL().openConnection();
      http.setConnectTimeout(10_000);
      http.setReadTimeout(30_000);
      http.setRequestProperty("Accept", "application/fhir+json");
      http.setRequestProperty("Connection", "close");
      int status = http.getResponseCode();
      String body =
          status == 200
              ? new String(
                  http.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              : "";
      http.disconnect();
      if (status != 200 || !body.contains("47383")) {
        System.err.println("cptx check: $lookup of 47383 answered HTTP " + status);
        return 1;
      }
      System.out.println("cptx check: OK, $lookup of 47383 answered 200 at " + server.fhirBase());
      return 0;
    } catch (ContentException e) {
      System.err.println("cptx check: cannot start: " + e.getMessage());
      return 2;
    }
  }
}
