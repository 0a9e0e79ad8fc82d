package org.cptx.server;

import org.cptx.terminology.Limits;

/**
 * How a server runs as a service: how long it lets requests in flight finish when stopped, and its
 * access log.
 *
 * @param shutdownGraceSeconds how long a stop waits for requests in flight before it ends them
 * @param accessLog the access log's format on standard output
 */
public record Operation(int shutdownGraceSeconds, AccessLogFormat accessLog) {

  /** The command line's defaults: 10 s of grace, the common log format. */
  public static final Operation SERVICE =
      new Operation(Limits.DEFAULT_SHUTDOWN_GRACE_SECONDS, AccessLogFormat.COMMON);

  /**
   * What a server started from code (a test, {@code check}) gets: the same grace, no access log
   * (the command line turns it on by default).
   */
  public static final Operation EMBEDDED =
      new Operation(Limits.DEFAULT_SHUTDOWN_GRACE_SECONDS, AccessLogFormat.OFF);

  public Operation {
    if (shutdownGraceSeconds < 0) {
      throw new IllegalArgumentException(
          "the shutdown grace must be 0 or more seconds, not " + shutdownGraceSeconds);
    }
    if (accessLog == null) {
      accessLog = AccessLogFormat.COMMON;
    }
  }
}
