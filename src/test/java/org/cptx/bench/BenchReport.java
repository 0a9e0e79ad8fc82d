package org.cptx.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints the benchmark's figures: each round as it ends, then each target pooled and the ratios
 * cptx/baseline.
 */
final class BenchReport {

  private static final String ROW = "%-9s %-8s %10s %9s %9s %9s %7s%n";

  private final PrintStream out;

  BenchReport(PrintStream out) {
    this.out = out;
  }

  void setup(BenchOptions options, int bodyBytes, String contentType) {
    out.printf(Locale.ROOT, "GET %s%n", BenchOptions.LOOKUP_PATH);
    out.printf(Locale.ROOT, "body %d bytes, Content-Type %s%n", bodyBytes, contentType);
    out.printf(
        Locale.ROOT,
        "%d workers (keep-alive), warm-up %d s per target, %d rounds of %d s per target, "
            + "cap %d requests per phase; Java %s, %d cores%n",
        options.workers(),
        options.warmupSeconds(),
        options.rounds(),
        options.durationSeconds(),
        options.maxRequests(),
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());
  }

  void startup(long startReturnedNanos, long firstOkNanos) {
    out.printf(
        Locale.ROOT,
        "cptx start-up: start() returned after %.0f ms, first 200 $lookup after %.0f ms%n",
        startReturnedNanos / 1e6,
        firstOkNanos / 1e6);
  }

  void header() {
    out.printf(
        Locale.ROOT, ROW, "target", "round", "req/s", "p50 us", "p90 us", "p99 us", "errors");
  }

  void row(String target, String round, PhaseResult r) {
    out.printf(
        Locale.ROOT,
        ROW,
        target,
        round,
        String.format(Locale.ROOT, "%.0f", r.throughput()),
        micros(r.percentileMicros(0.50)),
        micros(r.percentileMicros(0.90)),
        micros(r.percentileMicros(0.99)),
        r.errors());
  }

  void ratios(
      PhaseResult baseline,
      PhaseResult cptx,
      List<PhaseResult> baseRounds,
      List<PhaseResult> cptxRounds) {
    out.printf(
        Locale.ROOT,
        "ratio cptx/baseline (all rounds pooled): throughput %.3f, p50 latency %.2f, "
            + "p99 latency %.2f%n",
        cptx.throughput() / baseline.throughput(),
        cptx.percentileMicros(0.50) / baseline.percentileMicros(0.50),
        cptx.percentileMicros(0.99) / baseline.percentileMicros(0.99));
    StringBuilder perRound = new StringBuilder("throughput ratio per round:");
    for (int i = 0; i < Math.min(baseRounds.size(), cptxRounds.size()); i++) {
      perRound.append(
          String.format(
              Locale.ROOT,
              " %.3f",
              cptxRounds.get(i).throughput() / baseRounds.get(i).throughput()));
    }
    out.println(perRound);
  }

  void errors(String target, long count, List<String> samples) {
    out.printf(Locale.ROOT, "ERROR: %s had %d failed requests, e.g. %s%n", target, count, samples);
  }

  void verdict(boolean ok) {
    out.println(ok ? "result: OK, no errors" : "result: FAILED, see the errors above");
  }

  private static String micros(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
  }
}
