package org.cptx.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one GET, or a mix of GETs each worker takes in turn from its own random starting point, at
 * a target from N threads, each over its own keep-alive connection, one request at a time (closed
 * loop). A phase stops at its deadline or when the request cap is reached, whichever comes first. A
 * non-200 answer or an I/O failure counts as an error (the connection is then opened anew).
 */
final class LoadGenerator {

  private final String host;
  private final List<String> paths;
  private final int workers;
  private final int maxRequests;

  LoadGenerator(String host, String path, int workers, int maxRequests) {
    this(host, List.of(path), workers, maxRequests);
  }

  LoadGenerator(String host, List<String> paths, int workers, int maxRequests) {
    this.host = host;
    this.paths = List.copyOf(paths);
    this.workers = workers;
    this.maxRequests = maxRequests;
  }

  /** Runs one phase against the port for the given seconds and returns what it measured. */
  PhaseResult run(int port, int seconds) throws InterruptedException {
    int perWorker = maxRequests / workers;
    List<Worker> all = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < workers; i++) {
      all.add(new Worker(port, perWorker, start));
    }
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      threads.add(startDaemon("bench-worker-" + i, all.get(i)));
    }
    long begin = System.nanoTime();
    long deadline = begin + seconds * 1_000_000_000L;
    all.forEach(w -> w.deadline = deadline);
    start.countDown();
    for (Thread t : threads) {
      t.join(seconds * 1000L + 30_000L);
    }
    long elapsed = System.nanoTime() - begin;
    return collect(all, elapsed);
  }

  private static PhaseResult collect(List<Worker> all, long elapsed) {
    long ok = 0;
    long errors = 0;
    List<String> samples = new ArrayList<>();
    for (Worker w : all) {
      ok += w.done;
      errors += w.errors.get();
      w.samples.stream().limit(5 - samples.size()).forEach(samples::add);
    }
    long[] latencies = new long[(int) ok];
    int at = 0;
    for (Worker w : all) {
      System.arraycopy(w.latencies, 0, latencies, at, w.done);
      at += w.done;
    }
    Arrays.sort(latencies);
    return new PhaseResult(ok, errors, elapsed, latencies, samples);
  }

  /** A daemon thread, so that a stuck worker can never keep the JVM alive. */
  private static Thread startDaemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private final class Worker implements Runnable {
    private final int port;
    private final long[] latencies;
    private final CountDownLatch start;
    private final AtomicLong errors = new AtomicLong();
    private final List<String> samples = new ArrayList<>();
    private volatile long deadline;
    private volatile int done;
    private int next = java.util.concurrent.ThreadLocalRandom.current().nextInt(paths.size());

    Worker(int port, int cap, CountDownLatch start) {
      this.port = port;
      this.latencies = new long[cap];
      this.start = start;
    }

    @Override
    public void run() {
      try {
        start.await();
        loop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void loop() {
      RawHttpConnection connection = null;
      long attempts = 0;
      while (done < latencies.length
          && attempts < latencies.length
          && System.nanoTime() < deadline) {
        attempts++;
        try {
          connection =
              connection != null ? connection : new RawHttpConnection(host, port, paths.get(0));
          connection = once(connection);
        } catch (IOException | RuntimeException e) {
          error(e.toString());
          connection = closeQuietly(connection);
        }
      }
      closeQuietly(connection);
    }

    /** One timed request; returns the connection to go on with (null when the server closed it). */
    private RawHttpConnection once(RawHttpConnection connection) throws IOException {
      long t0 = System.nanoTime();
      String path = paths.get(next);
      next = next + 1 == paths.size() ? 0 : next + 1;
      RawHttpConnection.Response response = connection.get(path);
      long took = System.nanoTime() - t0;
      if (response.status() == 200) {
        latencies[done++] = took;
      } else {
        error("HTTP " + response.status());
      }
      return connection.closing() ? closeQuietly(connection) : connection;
    }

    private void error(String what) {
      if (errors.incrementAndGet() <= 5) {
        samples.add(what);
      }
    }
  }

  private static RawHttpConnection closeQuietly(RawHttpConnection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // nothing more to do with a failed connection
      }
    }
    return null;
  }
}
