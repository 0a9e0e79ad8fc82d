package org.cptx.server;

import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Handler;

/**
 * gzip for answers of at least {@value #MIN_SIZE} bytes when the client accepts it (Jetty's
 * compression handler: it adds {@code Vary: Accept-Encoding} and suffixes the ETag of a compressed
 * answer, stripping the suffix again from a client's {@code If-None-Match}). Request bodies are not
 * decompressed.
 */
final class Compression {

  static final int MIN_SIZE = 1024;

  private Compression() {}

  static Handler wrap(Handler handler) {
    GzipCompression gzip = new GzipCompression();
    gzip.setMinCompressSize(MIN_SIZE);
    CompressionHandler compression = new CompressionHandler(handler);
    compression.putCompression(gzip);
    compression.putConfiguration(
        "/*",
        org.eclipse.jetty.compression.server.CompressionConfig.builder()
            .defaults()
            .decompressExcludePath("/*")
            .build());
    return compression;
  }
}
