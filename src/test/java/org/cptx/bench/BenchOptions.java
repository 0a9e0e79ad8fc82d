package org.cptx.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's settings. Each comes from an argument {@code key=value}, else the system property
 * {@code bench.key}, else its default.
 *
 * @param warmupSeconds length of the warm-up phase of each target
 * @param durationSeconds length of each measured round
 * @param workers concurrent keep-alive connections
 * @param rounds measured rounds per target, alternating baseline and cptx
 * @param maxRequests cap on the requests of one phase, whatever its duration
 * @param content the folder of FHIR resources cptx serves
 */
record BenchOptions(
    int warmupSeconds,
    int durationSeconds,
    int workers,
    int rounds,
    int maxRequests,
    Path content) {

  static final String LOOKUP_PATH =
      "/fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383";

  BenchOptions {
    require(warmupSeconds >= 0 && warmupSeconds <= 300, "warmup must be 0..300 s");
    require(durationSeconds >= 1 && durationSeconds <= 300, "duration must be 1..300 s");
    require(workers >= 1 && workers <= 64, "workers must be 1..64");
    require(rounds >= 1 && rounds <= 20, "rounds must be 1..20");
    require(
        maxRequests >= workers && maxRequests <= 20_000_000,
        "maxRequests must be workers..20000000");
  }

  static BenchOptions parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      require(eq > 0, "arguments are key=value, not: " + arg);
      given.put(arg.substring(0, eq).replaceFirst("^-+", ""), arg.substring(eq + 1));
    }
    return new BenchOptions(
        intOption(given, "warmup", 5),
        intOption(given, "duration", 5),
        intOption(given, "workers", 4),
        intOption(given, "rounds", 3),
        intOption(given, "maxRequests", 2_000_000),
        Path.of(option(given, "content", "fhir-resources")));
  }

  private static int intOption(Map<String, String> given, String key, int fallback) {
    String value = option(given, key, Integer.toString(fallback));
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not: " + value, e);
    }
  }

  private static String option(Map<String, String> given, String key, String fallback) {
    String value = given.get(key);
    return value != null ? value : System.getProperty("bench." + key, fallback);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
