package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

  @Test
  void aContentLinkIsResolvedOnceSoALaterSwitchDoesNotReachTheRunningServer(@TempDir Path dir)
      throws Exception {
    Path release = Files.createDirectory(dir.resolve("release-1"));
    Path out = Files.createSymbolicLink(dir.resolve("out"), release.getFileName());
    ServerConfig config =
        new ServerConfig("127.0.0.1", 0, List.of(out, dir.resolve("missing")), null);
    assertThat(config.content()).containsExactly(release.toRealPath(), dir.resolve("missing"));
  }
}
