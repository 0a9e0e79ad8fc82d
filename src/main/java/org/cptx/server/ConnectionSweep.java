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
 * A regular look at every open connection's HTTP parser, for two things Jetty does not do itself:
 *
 * <ul>
 *   <li>A deadline on the whole of a request's line and headers, against senders that trickle them
 *       a byte at a time (each pause shorter than the idle timeout, which Jetty enforces): the
 *       sweep notes when a connection started reading a request's head, and closes it when the head
 *       is still incomplete at the deadline. A request whose head is complete is left to the body's
 *       own limits.
 *   <li>A stop that does not wait on idle clients: once the server stops taking work, a connection
 *       waiting for its next request (kept alive, no byte of one yet) is closed, so the stop waits
 *       for requests in flight only, not for the idle timeout.
 * </ul>
 *
 * <p>Jetty exposes a connection's parser state only on its HTTP/1.1 connection class; the sweep
 * reads it there, and does nothing for connections of any other kind.
 */
final class ConnectionSweep extends AbstractLifeCycle {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionSweep.class);

  private final ServerConnector connector;
  private final long deadlineNanos;
  private final long sweepMillis;
  private final Map<HttpConnection, Long> headStarted = new ConcurrentHashMap<>();
  private volatile Scheduler.Task next;

  ConnectionSweep(ServerConnector connector, long deadlineMillis) {
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
        if (http == null) {
          continue;
        }
        if (connector.isShutdown() && http.getParser().isStart()) {
          endPoint.close(); // stopping: an idle kept-alive connection is not waited for
        } else if (readingHead(http.getParser())) {
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
