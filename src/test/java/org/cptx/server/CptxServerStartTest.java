package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cptx.content.ContentException;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up loads the content on a thread of its own while Jetty and HAPI get ready, and opens the
 * port only when every file has loaded: a broken file stops start-up, naming the file and line,
 * before the port was ever open.
 */
class CptxServerStartTest {

  @TempDir Path dir;

  @Test
  void aBrokenFileStopsStartUpNamingFileAndLineAndThePortNeverOpens() throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("CodeSystem-broken.json"),
            "{\n  \"resourceType\": \"CodeSystem\",\n  \"id\": \"broken\"\n  \"url\": 1\n}");
    int port = freePort();
    assertThatThrownBy(
            () ->
                CptxServer.start(
                    new ServerConfig("127.0.0.1", port, List.of(TestContent.BUILT_IN, dir), null)))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("line: 4");
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
              }
            })
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void onceStartedEveryFolderIsLoadedAndAnswered() throws Exception {
    try (CptxServer server =
        CptxServer.start(
            new ServerConfig(
                "127.0.0.1", 0, List.of(TestContent.BUILT_IN, TestContent.SYNTHETIC), null))) {
      assertThat(server.content().registry().find(TestContent.SYNTHETIC_URL, null)).isPresent();
      HttpResponse<String> lookup =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              server.fhirBase()
                                  + "/CodeSystem/$lookup?system="
                                  + TestContent.CPT
                                  + "&code=47383"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(lookup.statusCode()).isEqualTo(200);
      assertThat(lookup.body()).contains("47383");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
