package org.cptx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cptx.server.CptxServer;
import org.cptx.server.ServerConfig;

/**
 * Benchmark (not a test): GET {@code CodeSystem/$lookup} against the real cptx server and against a
 * bare Jetty servlet that answers the same bytes, from the same load generator, in alternating
 * rounds. Prints requests/s, p50/p90/p99 latency and errors per target, the ratios cptx/baseline,
 * and cptx's start-up time to the first 200. Exits 1 when any request failed. See
 * docs/benchmark.md.
 */
public final class LookupBenchmark {

  private static final String HOST = "127.0.0.1";

  private final BenchOptions options;
  private final BenchReport report = new BenchReport(System.out);
  private final LoadGenerator load;
  private final List<String> failures = new ArrayList<>();

  private LookupBenchmark(BenchOptions options) {
    this.options = options;
    this.load =
        new LoadGenerator(HOST, BenchOptions.LOOKUP_PATH, options.workers(), options.maxRequests());
  }

  public static void main(String[] args) throws Exception {
    boolean ok = new LookupBenchmark(BenchOptions.parse(args)).run();
    System.out.flush();
    if (!ok) {
      System.exit(1);
    }
  }

  private boolean run() throws Exception {
    long t0 = System.nanoTime();
    try (CptxServer cptx =
        CptxServer.start(new ServerConfig(HOST, 0, List.of(options.content()), null))) {
      long startReturned = System.nanoTime() - t0;
      RawHttpConnection.Response reference = firstAnswer(cptx.port());
      if (reference.status() == 200) {
        report.startup(startReturned, System.nanoTime() - t0);
        report.setup(options, reference.body().length, reference.contentType());
        try (BaselineServer baseline =
            BaselineServer.start(HOST, reference.body(), reference.contentType())) {
          checkSameAnswer(baseline.port(), reference);
          compare(baseline.port(), cptx.port());
        }
      }
    }
    report.verdict(failures.isEmpty());
    return failures.isEmpty();
  }

  /**
   * The first $lookup answer of cptx, which becomes the baseline's body. start() returns once the
   * content is loaded and the port listens, so anything but a 200 here is an error, not a server
   * still starting.
   */
  private RawHttpConnection.Response firstAnswer(int port) throws IOException {
    try (RawHttpConnection connection =
        new RawHttpConnection(HOST, port, BenchOptions.LOOKUP_PATH)) {
      RawHttpConnection.Response response = connection.get();
      if (response.status() != 200) {
        fail(
            "cptx first $lookup",
            1,
            List.of(
                "HTTP "
                    + response.status()
                    + ": "
                    + new String(response.body(), StandardCharsets.UTF_8)));
      }
      return response;
    }
  }

  private void checkSameAnswer(int port, RawHttpConnection.Response reference) throws IOException {
    try (RawHttpConnection connection =
        new RawHttpConnection(HOST, port, BenchOptions.LOOKUP_PATH)) {
      RawHttpConnection.Response response = connection.get();
      if (response.status() != 200
          || !Arrays.equals(response.body(), reference.body())
          || !Objects.equals(response.contentType(), reference.contentType())) {
        throw new IllegalStateException(
            "the baseline does not answer what cptx answered: HTTP "
                + response.status()
                + ", "
                + response.contentType()
                + ", "
                + response.body().length
                + " bytes");
      }
    }
  }

  /**
   * Warm-up of each target, then alternating measured rounds: baseline, cptx, baseline, cptx, ...
   */
  private void compare(int baselinePort, int cptxPort) throws InterruptedException {
    if (options.warmupSeconds() > 0) {
      checkErrors("baseline warm-up", load.run(baselinePort, options.warmupSeconds()));
      checkErrors("cptx warm-up", load.run(cptxPort, options.warmupSeconds()));
    }
    List<PhaseResult> baseRounds = new ArrayList<>();
    List<PhaseResult> cptxRounds = new ArrayList<>();
    report.header();
    for (int round = 1; round <= options.rounds(); round++) {
      baseRounds.add(measure("baseline", round, baselinePort));
      cptxRounds.add(measure("cptx", round, cptxPort));
    }
    PhaseResult baseline = PhaseResult.pool(baseRounds);
    PhaseResult cptx = PhaseResult.pool(cptxRounds);
    report.row("baseline", "all", baseline);
    report.row("cptx", "all", cptx);
    report.ratios(baseline, cptx, baseRounds, cptxRounds);
  }

  private PhaseResult measure(String target, int round, int port) throws InterruptedException {
    PhaseResult result = load.run(port, options.durationSeconds());
    report.row(target, Integer.toString(round), result);
    checkErrors(target + " round " + round, result);
    return result;
  }

  private void checkErrors(String phase, PhaseResult result) {
    if (result.errors() > 0) {
      fail(phase, result.errors(), result.errorSamples());
    }
  }

  private void fail(String phase, long count, List<String> samples) {
    failures.add(phase);
    report.errors(phase, count, samples);
  }
}
