package org.cptx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cptx.server.CptxServer;
import org.cptx.server.ServerConfig;

/**
 * Benchmark (not a test): every operation of issue 14 ($lookup and $validate-code over random codes
 * of a full-size release, $expand of 1,000 codes, type-ahead) against the real cptx server serving
 * the seed and an import, and against a bare Jetty servlet answering each request with the bytes
 * cptx answered it with, from the same load generator, rounds alternating. Prints per operation
 * requests/s, latencies and the ratio cptx/baseline, then a summary. Exits 1 when any request
 * failed. See docs/benchmark.md.
 *
 * <p>Options as for {@link LookupBenchmark}, plus {@code import=DIR} (required: the import folder),
 * {@code ops} (comma-separated, default {@code lookup,validate,expand,typeahead}), {@code sample}
 * (requests per mix, 200) and {@code seed} (2026).
 */
public final class OperationsBenchmark {

  private static final String HOST = "127.0.0.1";

  private final BenchOptions options;
  private final BenchReport report = new BenchReport(System.out);
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Double> summary = new LinkedHashMap<>();

  private OperationsBenchmark(BenchOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> extra = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    for (String arg : args) {
      String key = arg.replaceFirst("^-+", "").split("=", 2)[0];
      if (List.of("import", "ops", "sample", "seed").contains(key)) {
        extra.put(key, arg.substring(arg.indexOf('=') + 1));
      } else {
        rest.add(arg);
      }
    }
    String importDir = extra.getOrDefault("import", System.getProperty("bench.import"));
    if (importDir == null) {
      throw new IllegalArgumentException(
          "import=DIR is required (an import folder, see docs/benchmark.md)");
    }
    OperationMix mix =
        OperationMix.of(
            Path.of(importDir),
            Long.parseLong(extra.getOrDefault("seed", System.getProperty("bench.seed", "2026"))),
            Integer.parseInt(
                extra.getOrDefault("sample", System.getProperty("bench.sample", "200"))));
    List<String> ops =
        List.of(
            extra
                .getOrDefault(
                    "ops", System.getProperty("bench.ops", "lookup,validate,expand,typeahead"))
                .split(","));
    OperationsBenchmark bench =
        new OperationsBenchmark(BenchOptions.parse(rest.toArray(String[]::new)));
    boolean ok = bench.run(Path.of(importDir), mix.operations(ops));
    System.out.flush();
    if (!ok) {
      System.exit(1);
    }
  }

  private boolean run(Path importDir, List<OperationMix.Operation> operations) throws Exception {
    long t0 = System.nanoTime();
    try (CptxServer cptx =
        CptxServer.start(new ServerConfig(HOST, 0, List.of(options.content(), importDir), null))) {
      System.out.printf(
          Locale.ROOT,
          "cptx started in %.0f ms on %s + %s; Java %s, %d cores%n",
          (System.nanoTime() - t0) / 1e6,
          options.content(),
          importDir,
          Runtime.version(),
          Runtime.getRuntime().availableProcessors());
      for (OperationMix.Operation operation : operations) {
        Map<String, RawHttpConnection.Response> answers = record(cptx.port(), operation);
        if (answers != null) {
          try (BaselineServer baseline = BaselineServer.start(HOST, answers)) {
            compare(operation, baseline.port(), cptx.port(), answers);
          }
        }
      }
    }
    System.out.println("summary, throughput cptx/baseline (all rounds pooled):");
    summary.forEach((op, ratio) -> System.out.printf(Locale.ROOT, "  %-10s %.4f%n", op, ratio));
    report.verdict(failures.isEmpty());
    return failures.isEmpty();
  }

  /** cptx's answer to every path of the operation (null, and a failure, when one is not a 200). */
  private Map<String, RawHttpConnection.Response> record(int port, OperationMix.Operation operation)
      throws IOException {
    Map<String, RawHttpConnection.Response> answers = new LinkedHashMap<>();
    try (RawHttpConnection connection =
        new RawHttpConnection(HOST, port, operation.paths().get(0))) {
      for (String path : operation.paths()) {
        RawHttpConnection.Response response = connection.get(path);
        if (response.status() != 200) {
          fail(
              operation.name() + " recording",
              1,
              List.of(
                  path
                      + ": HTTP "
                      + response.status()
                      + ": "
                      + new String(response.body(), StandardCharsets.UTF_8)));
          return null;
        }
        answers.put(path, response);
      }
    }
    return answers;
  }

  private void compare(
      OperationMix.Operation operation,
      int baselinePort,
      int cptxPort,
      Map<String, RawHttpConnection.Response> answers)
      throws Exception {
    checkSameAnswers(baselinePort, answers);
    LoadGenerator load =
        new LoadGenerator(HOST, operation.paths(), options.workers(), options.maxRequests());
    int bytes = answers.values().stream().mapToInt(r -> r.body().length).sum() / answers.size();
    System.out.printf(
        Locale.ROOT,
        "%n== %s: %d distinct GETs (e.g. %s), mean body %d bytes%n",
        operation.name(),
        answers.size(),
        operation.paths().get(0),
        bytes);
    if (options.warmupSeconds() > 0) {
      checkErrors(
          operation.name() + " baseline warm-up", load.run(baselinePort, options.warmupSeconds()));
      checkErrors(operation.name() + " cptx warm-up", load.run(cptxPort, options.warmupSeconds()));
    }
    List<PhaseResult> baseRounds = new ArrayList<>();
    List<PhaseResult> cptxRounds = new ArrayList<>();
    report.header();
    for (int round = 1; round <= options.rounds(); round++) {
      baseRounds.add(measure(load, operation.name(), "baseline", round, baselinePort));
      cptxRounds.add(measure(load, operation.name(), "cptx", round, cptxPort));
    }
    PhaseResult baseline = PhaseResult.pool(baseRounds);
    PhaseResult cptx = PhaseResult.pool(cptxRounds);
    report.row("baseline", "all", baseline);
    report.row("cptx", "all", cptx);
    report.ratios(baseline, cptx, baseRounds, cptxRounds);
    summary.put(operation.name(), cptx.throughput() / baseline.throughput());
  }

  private void checkSameAnswers(int port, Map<String, RawHttpConnection.Response> answers)
      throws IOException {
    String first = answers.keySet().iterator().next();
    try (RawHttpConnection connection = new RawHttpConnection(HOST, port, first)) {
      for (Map.Entry<String, RawHttpConnection.Response> e : answers.entrySet()) {
        RawHttpConnection.Response response = connection.get(e.getKey());
        if (response.status() != 200 || !Arrays.equals(response.body(), e.getValue().body())) {
          throw new IllegalStateException(
              "the baseline does not answer "
                  + e.getKey()
                  + " as cptx did: HTTP "
                  + response.status()
                  + ", "
                  + response.body().length
                  + " bytes");
        }
      }
    }
  }

  private PhaseResult measure(LoadGenerator load, String op, String target, int round, int port)
      throws InterruptedException {
    PhaseResult result = load.run(port, options.durationSeconds());
    report.row(target, Integer.toString(round), result);
    checkErrors(op + " " + target + " round " + round, result);
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
