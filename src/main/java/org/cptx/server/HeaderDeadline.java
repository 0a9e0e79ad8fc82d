package org.cptx.server;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deadline on the whole of a request's line and headers, against senders that trickle them a byte
 * at a time (each pause shorter than the idle timeout). Jetty bounds each pause; this bounds the
 * total: a sweep looks at every connection's HTTP parser, notes when it started reading a request's
 * head, and closes the connection when the head is still incomplete at the deadline. A connection
 * waiting for its next request (no byte of it yet) is left to the idle timeout; a request whose
 * head is complete is left to the body's own limits.
 *
 * <p>Jetty exposes a connection's parser state only on its HTTP/1.1 connection class; the sweep
 * reads it there, and does nothing for connections of any other kind.
 */
final class HeaderDeadline extends AbstractLifeCycle {

  private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

  private final ServerConnector connector;
  private final long deadlineNanos;
  private final long sweepMillis;
  private final Map<HttpConnection, Long> headStarted = new ConcurrentHashMap<>();
  private volatile Scheduler.Task next;

  HeaderDeadline(ServerConnector connector, long deadlineMillis) {
    this.connector = connector;
    this.deadlineNanos = TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
    this.sweepMillis = Math.max(50, Math.min(1_000, deadlineMillis / 10));
  }

  @Override
  protected void doStart() {
    schedule();
  }

  @Override
  protected void doStop() {
    Scheduler.Task task = next;
    if (task != null) {
      task.cancel();
    }
    headStarted.clear();
  }

  private void schedule() {
    if (isRunning() || isStarting()) {
      next = connector.getScheduler().schedule(this::sweep, sweepMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void sweep() {
    try {
      long now = System.nanoTime();
      Map<HttpConnection, Long> seen = new IdentityHashMap<>();
      for (EndPoint endPoint : connector.getConnectedEndPoints()) {
        HttpConnection http = httpConnection(endPoint.getConnection());
        if (http != null && readingHead(http.getParser())) {
          long started = headStarted.getOrDefault(http, now);
          seen.put(http, started);
          if (now - started > deadlineNanos) {
            LOG.debug("closing {}: request head not complete in time", endPoint);
            endPoint.close();
          }
        }
      }
      headStarted.keySet().retainAll(seen.keySet());
      seen.forEach(headStarted::putIfAbsent);
    } finally {
      schedule();
    }
  }

  private static HttpConnection httpConnection(Connection connection) {
    if (connection instanceof SslConnection tls) {
      connection = tls.getSslEndPoint().getConnection();
    }
    return connection instanceof HttpConnection http ? http : null;
  }

  /** Between the first byte of a request and the end of its headers. */
  static boolean readingHead(HttpParser parser) {
    HttpParser.State state = parser.getState();
    return state.ordinal() > HttpParser.State.START.ordinal()
        && state.ordinal() < HttpParser.State.CONTENT.ordinal();
  }
}
