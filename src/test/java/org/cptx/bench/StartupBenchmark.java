package org.cptx.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (not a test): how long {@code java -jar cptx.jar} takes from launch to its first 200
 * answer of {@code CodeSystem/$lookup}, how much CPU the process has used by then, and its resident
 * memory, with the seed only and with the seed plus a full-size synthetic import. Several jars (a
 * build before a change and one after) and JVM option sets (with and without the class-data
 * archive) run side by side, alternating, in several rounds, so that the noise of a shared machine
 * falls on every variant alike. Prints each run, then the median and range per variant and the
 * ratios of medians to the first variant. See docs/import.md.
 */
public final class StartupBenchmark {

  private static final String HOST = "127.0.0.1";
  private static final String CPT = "http://www.ama-assn.org/go/cpt";
  private static final long GIVE_UP_MILLIS = 120_000;

  private final StartupOptions options;
  private final Map<String, List<Sample>> samples = new LinkedHashMap<>();

  private StartupBenchmark(StartupOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    new StartupBenchmark(StartupOptions.parse(args)).run();
    System.out.flush();
  }

  /**
   * One run: wall time to the first 200, the process's CPU time then, VmRSS and VmHWM in MB, and
   * VmRSS after the warm-up load ({@link WarmUpLoad}; -1: unknown or no warm-up).
   */
  record Sample(long wallMillis, long cpuMillis, long rssMb, long hwmMb, long warmRssMb) {}

  /** What one variant serves and how it is started. */
  record Variant(String name, String content, Path jar, List<String> jvmOptions) {}

  private void run() throws Exception {
    Path importFolder = options.importFolder() != null ? options.importFolder() : generateImport();
    List<Variant> variants = new ArrayList<>();
    for (String content : options.contents()) {
      options
          .jars()
          .forEach(
              (jarName, jar) ->
                  options
                      .jvm(jar)
                      .forEach(
                          (jvmName, jvmOptions) ->
                              variants.add(
                                  new Variant(
                                      content
                                          + " "
                                          + jarName
                                          + (jvmName.isEmpty() ? "" : " " + jvmName),
                                      content,
                                      jar,
                                      jvmOptions))));
    }
    System.out.printf(
        Locale.ROOT,
        "start-up benchmark, %s, %d cores, Java %s, %d rounds%n",
        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        options.rounds());
    System.out.println("full = " + options.resources() + " + " + importFolder);
    for (int round = 1; round <= options.rounds(); round++) {
      for (Variant v : round % 2 == 1 ? variants : reversed(variants)) {
        Sample s = measure(v, importFolder);
        samples.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(s);
        System.out.printf(
            Locale.ROOT,
            "round %d  %-32s first 200 %6d ms  CPU %6d ms  RSS %4d MB  HWM %4d MB"
                + "  warm RSS %4d MB  load %s%n",
            round,
            v.name(),
            s.wallMillis(),
            s.cpuMillis(),
            s.rssMb(),
            s.hwmMb(),
            s.warmRssMb(),
            loadAverage());
      }
    }
    summary(variants);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /**
   * Starts the variant, polls $lookup until it answers 200, reads its CPU time and memory, and
   * stops it.
   */
  private Sample measure(Variant v, Path importFolder) throws Exception {
    int port = freePort();
    boolean full = v.content().equals("full");
    String query =
        full ? "version=" + options.fullVersion() + "&code=" + options.fullCode() : "code=47383";
    String path = "/fhir/CodeSystem/$lookup?system=" + CPT + "&" + query;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String jsa = v.jar().toString().replaceFirst("\\.jar$", ".jsa");
    v.jvmOptions().forEach(o -> command.add(o.replace("{jsa}", jsa))); // the jar's own archive
    command.addAll(
        List.of(
            "-jar",
            v.jar().toString(),
            "--port",
            Integer.toString(port),
            "--host",
            HOST,
            "--resources",
            options.resources().toString()));
    if (full) {
      command.addAll(List.of("--content", importFolder.toString()));
    }
    Path log = Files.createTempFile("startup-bench-", ".log");
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      RawHttpConnection.Response answer = firstAnswer(process, port, path, log);
      long wall = (System.nanoTime() - started) / 1_000_000;
      long cpu = process.info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
      long[] memory = memory(process.pid());
      String code = full ? options.fullCode() : "47383";
      if (answer.status() != 200
          || !new String(answer.body(), StandardCharsets.UTF_8).contains(code)) {
        throw new IllegalStateException(v.name() + ": first answer HTTP " + answer.status());
      }
      long warm = -1;
      if (options.warmup() > 0) {
        WarmUpLoad.run(HOST, port, query, options.warmup());
        warm = memory(process.pid())[0];
      }
      return new Sample(wall, cpu, memory[0], memory[1], warm);
    } finally {
      stop(process);
      Files.deleteIfExists(log);
    }
  }

  private static RawHttpConnection.Response firstAnswer(
      Process process, int port, String path, Path log) throws Exception {
    long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped: " + Files.readString(log));
      }
      try (RawHttpConnection connection = new RawHttpConnection(HOST, port, path)) {
        return connection.get();
      } catch (IOException notYet) {
        Thread.sleep(5);
      }
    }
    throw new IllegalStateException(
        "no answer within " + GIVE_UP_MILLIS + " ms: " + Files.readString(log));
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** VmRSS and VmHWM in MB, from /proc (Linux); -1 elsewhere. */
  private static long[] memory(long pid) {
    long[] memory = {-1, -1};
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          memory[0] = kilobytes(line) / 1024;
        } else if (line.startsWith("VmHWM:")) {
          memory[1] = kilobytes(line) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: memory unknown
    }
    return memory;
  }

  private static long kilobytes(String statusLine) {
    return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Generates the synthetic release and imports it with the first jar, as docs/import.md describes.
   */
  private Path generateImport() throws Exception {
    Path dir = Files.createTempDirectory(Path.of(options.tmp()), "startup-bench-");
    Path jar = options.jars().values().iterator().next();
    exec(
        jar,
        "generate-synthetic",
        "--out",
        dir.resolve("syn").toString(),
        "--codes",
        Integer.toString(options.codes()));
    Path syn = dir.resolve("syn");
    exec(
        jar,
        "import",
        "--ama",
        syn.resolve("ama").toString(),
        "--cms-rvu",
        syn.resolve("cms/PPRRVU26_JAN.csv").toString(),
        "--hcpcs",
        syn.resolve("cms/HCPC2026_JAN_ANWEB_synthetic.txt").toString(),
        "--mue",
        syn.resolve("cms/MCR_MUE_PractitionerServices_synthetic.csv").toString(),
        "--telemedicine",
        syn.resolve("lists/telemedicine_synthetic.txt").toString(),
        "--orthopox",
        syn.resolve("lists/orthopox_synthetic.txt").toString(),
        "--version",
        options.fullVersion(),
        "--resources",
        options.resources().toString(),
        "--out",
        dir.resolve("imp").toString());
    System.out.println(
        "generated and imported "
            + options.codes()
            + " synthetic codes into "
            + dir
            + " (delete it when done, or pass import="
            + dir.resolve("imp")
            + " to the next run)");
    return dir.resolve("imp");
  }

  private static void exec(Path jar, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue());
    }
  }

  private void summary(List<Variant> variants) {
    System.out.println();
    System.out.println(
        "variant                           first 200 ms: median (min-max)   CPU ms: median (min-max)"
            + "   RSS MB: median (min-max)   HWM MB: max   warm RSS MB: median (max)");
    for (Variant v : variants) {
      List<Sample> s = samples.get(v.name());
      System.out.printf(
          Locale.ROOT,
          "%-32s  %6d (%6d-%6d)           %6d (%6d-%6d)        %4d (%4d-%4d)        %4d"
              + "          %4d (%4d)%n",
          v.name(),
          median(s, Sample::wallMillis),
          min(s, Sample::wallMillis),
          max(s, Sample::wallMillis),
          median(s, Sample::cpuMillis),
          min(s, Sample::cpuMillis),
          max(s, Sample::cpuMillis),
          median(s, Sample::rssMb),
          min(s, Sample::rssMb),
          max(s, Sample::rssMb),
          max(s, Sample::hwmMb),
          median(s, Sample::warmRssMb),
          max(s, Sample::warmRssMb));
    }
    System.out.println();
    for (String content : options.contents()) {
      List<Variant> same = variants.stream().filter(v -> v.content().equals(content)).toList();
      Variant first = same.get(0);
      for (Variant v : same.subList(1, same.size())) {
        System.out.printf(
            Locale.ROOT,
            "ratio %s / %s (medians): first 200 %.2f, CPU %.2f, RSS %.2f, warm RSS %.2f%n",
            v.name(),
            first.name(),
            ratio(v, first, Sample::wallMillis),
            ratio(v, first, Sample::cpuMillis),
            ratio(v, first, Sample::rssMb),
            ratio(v, first, Sample::warmRssMb));
      }
    }
  }

  private double ratio(Variant v, Variant base, java.util.function.ToLongFunction<Sample> f) {
    return (double) median(samples.get(v.name()), f) / median(samples.get(base.name()), f);
  }

  private static long median(List<Sample> s, java.util.function.ToLongFunction<Sample> f) {
    long[] sorted = s.stream().mapToLong(f).sorted().toArray();
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static long min(List<Sample> s, java.util.function.ToLongFunction<Sample> f) {
    return s.stream().mapToLong(f).min().orElse(-1);
  }

  private static long max(List<Sample> s, java.util.function.ToLongFunction<Sample> f) {
    return s.stream().mapToLong(f).max().orElse(-1);
  }

  /**
   * The benchmark's settings, as arguments {@code key=value} or system properties {@code
   * bench.key}.
   *
   * @param jars the builds to compare, {@code name:path,name:path} (default {@code
   *     cptx:target/cptx.jar})
   * @param jvm JVM option sets, {@code name:opt opt|name:opt}, each run with every jar ({@code
   *     {jsa}} stands for the jar's archive, {@code cptx.jar} -> {@code cptx.jsa}; default: see
   *     {@link #jvm})
   * @param contents which content to start with: {@code seed}, {@code full} or both
   * @param importFolder an imported full CPT to serve (default: generate and import one under
   *     {@code tmp})
   * @param cds with no {@code jvm} given: {@code both} (default), {@code only} or {@code none}, see
   *     {@link #jvm}
   * @param warmup requests of the warm-up load sent after the first 200, before the resident memory
   *     is read again (default 0: none)
   */
  record StartupOptions(
      Map<String, Path> jars,
      Map<String, List<String>> jvm,
      List<String> contents,
      int rounds,
      Path importFolder,
      Path resources,
      int codes,
      String fullVersion,
      String fullCode,
      String tmp,
      String cds,
      int warmup) {

    static StartupOptions parse(String[] args) {
      Map<String, String> given = new LinkedHashMap<>();
      for (String arg : args) {
        int eq = arg.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("arguments are key=value, not: " + arg);
        }
        given.put(arg.substring(0, eq).replaceFirst("^-+", ""), arg.substring(eq + 1));
      }
      Map<String, Path> jars = new LinkedHashMap<>();
      for (String jar : option(given, "jars", "cptx:target/cptx.jar").split(",")) {
        int colon = jar.indexOf(':');
        jars.put(
            colon < 0 ? jar : jar.substring(0, colon),
            Path.of(colon < 0 ? jar : jar.substring(colon + 1)));
      }
      Map<String, List<String>> jvm = new LinkedHashMap<>();
      String jvmOption = option(given, "jvm", null);
      if (jvmOption != null) {
        for (String set : jvmOption.split("\\|")) {
          int colon = set.indexOf(':');
          String name = colon < 0 ? set : set.substring(0, colon);
          String opts = colon < 0 ? "" : set.substring(colon + 1).trim();
          jvm.put(name, opts.isEmpty() ? List.of() : List.of(opts.split("\\s+")));
        }
      }
      String importFolder = option(given, "import", null);
      int rounds = Integer.parseInt(option(given, "rounds", "5"));
      if (rounds < 1 || rounds > 50) {
        throw new IllegalArgumentException("rounds must be 1..50");
      }
      return new StartupOptions(
          jars,
          jvm,
          List.of(option(given, "content", "seed,full").split(",")),
          rounds,
          importFolder == null ? null : Path.of(importFolder),
          Path.of(option(given, "resources", "fhir-resources")),
          Integer.parseInt(option(given, "codes", "11000")),
          option(given, "version", "2026"),
          option(given, "code", "0003F"),
          option(given, "tmp", System.getProperty("java.io.tmpdir")),
          option(given, "cds", "both"),
          Integer.parseInt(option(given, "warmup", "0")));
    }

    /**
     * The JVM option sets to run this jar with: those given, else none and, when the jar has its
     * class-data archive beside it ({@code cptx.jar} -> {@code cptx.jsa}), {@code cds} with that
     * archive ({@code cds=only}: that one alone, {@code cds=none}: never).
     */
    Map<String, List<String>> jvm(Path jar) {
      if (!jvm.isEmpty()) {
        return jvm;
      }
      Map<String, List<String>> sets = new LinkedHashMap<>();
      Path jsa = Path.of(jar.toString().replaceFirst("\\.jar$", ".jsa"));
      boolean archived = Files.isRegularFile(jsa);
      if (!archived || !cds.equals("only")) {
        sets.put("", List.of());
      }
      if (archived && !cds.equals("none")) {
        sets.put("cds", List.of("-XX:SharedArchiveFile=" + jsa));
      }
      return sets;
    }

    private static String option(Map<String, String> given, String key, String fallback) {
      String value = given.get(key);
      return value != null ? value : System.getProperty("bench." + key, fallback);
    }
  }
}
