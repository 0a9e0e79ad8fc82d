package org.cptx.support;

import java.util.List;
import org.cptx.server.CptxServer;
import org.cptx.server.ServerConfig;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Starts a {@link CptxServer} on port 0 once per test run and hands tests a {@link TestServer}. */
final class ServerExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(TestServer.class, k -> start(), TestServer.class);
  }

  private static TestServer start() {
    try {
      CptxServer server =
          CptxServer.start(
              new ServerConfig(
                  "127.0.0.1",
                  0,
                  List.of(TestContent.BUILT_IN, TestContent.SYNTHETIC),
                  TestContent.WEBAPP));
      return new TestServer(server);
    } catch (Exception e) {
      throw new IllegalStateException("the test server did not start", e);
    }
  }
}
