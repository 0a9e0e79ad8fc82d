package org.cptx.server;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cptx.content.ContentLoader;
import org.cptx.content.LoadedContent;

/**
 * The content load on a thread of its own, started first, so that large files stream while the
 * server sets up logging, Jetty and HAPI's model. The load waits for logging to be set up before it
 * touches HAPI (whose classes log): SLF4J hands a thread that logs while another thread sets
 * logging up a stand-in logger, and later replays its messages with a warning.
 */
final class BackgroundLoad {

  private final CompletableFuture<Void> logging = new CompletableFuture<>();
  private final CompletableFuture<LoadedContent> content;

  BackgroundLoad(List<Path> folders) {
    content =
        CompletableFuture.supplyAsync(() -> loader().load(folders), BackgroundLoad::onOwnThread);
  }

  /** Logging is set up: the load may use HAPI from now on. */
  void loggingReady() {
    logging.complete(null);
  }

  /**
   * The loaded content, once every file is loaded; a broken file's ContentException is thrown as it
   * is.
   */
  LoadedContent await() {
    try {
      return content.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The server's loader: with snapshots of large files, unless {@code -Dcptx.snapshots=false}. */
  private ContentLoader loader() {
    ContentLoader loader = new ContentLoader(this::fhir);
    return Boolean.parseBoolean(System.getProperty("cptx.snapshots", "true"))
        ? loader.withSnapshots()
        : loader;
  }

  private FhirContext fhir() {
    logging.join();
    return FhirModel.r4();
  }

  private static void onOwnThread(Runnable load) {
    Thread thread = new Thread(load, "cptx-load");
    thread.setDaemon(true);
    thread.start();
  }
}
