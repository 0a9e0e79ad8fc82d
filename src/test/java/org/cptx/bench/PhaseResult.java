package org.cptx.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one measured phase (or several pooled) gave: successful requests, errors, wall time and the
 * latency of each successful request in nanoseconds, sorted.
 */
record PhaseResult(
    long ok, long errors, long elapsedNanos, long[] sortedLatencies, List<String> errorSamples) {

  PhaseResult {
    errorSamples = List.copyOf(errorSamples);
  }

  /** Successful requests per second of wall time. */
  double throughput() {
    return elapsedNanos == 0 ? 0 : ok * 1e9 / elapsedNanos;
  }

  /** The latency at quantile q (0..1) in microseconds, nearest-rank; NaN when nothing succeeded. */
  double percentileMicros(double q) {
    if (sortedLatencies.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sortedLatencies.length);
    int index = Math.min(sortedLatencies.length - 1, Math.max(0, rank - 1));
    return sortedLatencies[index] / 1000.0;
  }

  /** Several rounds of one target as one: requests and times add up, latencies are pooled. */
  static PhaseResult pool(List<PhaseResult> rounds) {
    long ok = 0;
    long errors = 0;
    long elapsed = 0;
    List<String> samples = new ArrayList<>();
    long[] all = new long[rounds.stream().mapToInt(r -> r.sortedLatencies().length).sum()];
    int at = 0;
    for (PhaseResult round : rounds) {
      ok += round.ok();
      errors += round.errors();
      elapsed += round.elapsedNanos();
      System.arraycopy(round.sortedLatencies(), 0, all, at, round.sortedLatencies().length);
      at += round.sortedLatencies().length;
      round.errorSamples().stream().limit(5 - samples.size()).forEach(samples::add);
    }
    Arrays.sort(all);
    return new PhaseResult(ok, errors, elapsed, all, samples);
  }
}
