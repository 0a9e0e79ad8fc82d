package org.cptx.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The requests of each benchmarked operation, drawn at random (fixed seed) from the codes and
 * displays of an imported CPT release: each operation is a name and a list of GET paths the load
 * generator takes in turn.
 */
final class OperationMix {

  static final String CPT = "http://www.ama-assn.org/go/cpt";
  static final String CPT_ALL = "http://hl7.org/fhir/ValueSet/cpt-all";

  /** One benchmarked operation: its name and its GET paths (URL-encoded). */
  record Operation(String name, List<String> paths) {}

  private record Code(String code, String display, List<String> designations) {}

  private final List<Code> codes;
  private final Random random;
  private final int sample;

  private OperationMix(List<Code> codes, long seed, int sample) {
    this.codes = codes;
    this.random = new Random(seed);
    this.sample = sample;
  }

  /**
   * Reads the CPT code system of an import folder (the largest {@code CodeSystem-cpt-*.json}
   * without "cms").
   */
  static OperationMix of(Path importFolder, long seed, int sample) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(importFolder)) {
      file =
          files
              .filter(f -> f.getFileName().toString().matches("CodeSystem-cpt-\\d.*\\.json"))
              .findFirst()
              .orElseThrow(() -> new IOException("no CodeSystem-cpt-*.json in " + importFolder));
    }
    List<Code> codes = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(file.toFile()).path("concept")) {
      List<String> designations = new ArrayList<>();
      c.path("designation").forEach(d -> designations.add(d.path("value").asText()));
      codes.add(new Code(c.path("code").asText(), c.path("display").asText(), designations));
    }
    return new OperationMix(codes, seed, sample);
  }

  /** The operations whose names are listed (lookup, validate, expand, typeahead), in that order. */
  List<Operation> operations(List<String> names) {
    List<Operation> all = new ArrayList<>();
    for (String name : names) {
      all.add(
          switch (name) {
            case "lookup" -> new Operation(name, lookups());
            case "validate" -> new Operation(name, validations());
            case "expand" ->
                new Operation(
                    name, List.of("/fhir/ValueSet/$expand?url=" + enc(CPT_ALL) + "&count=1000"));
            case "typeahead" -> new Operation(name, typeAheads());
            default ->
                throw new IllegalArgumentException(
                    "unknown operation " + name + " (lookup, validate, expand, typeahead)");
          });
    }
    return all;
  }

  /** $lookup of random codes of the release, and of the seed's 47383. */
  private List<String> lookups() {
    List<String> paths = new ArrayList<>();
    paths.add("/fhir/CodeSystem/$lookup?system=" + enc(CPT) + "&version=2025&code=47383");
    for (int i = 1; i < sample; i++) {
      paths.add("/fhir/CodeSystem/$lookup?system=" + enc(CPT) + "&code=" + enc(pick().code()));
    }
    return paths;
  }

  /**
   * $validate-code of random codes, each with its display or one of its designations (every one
   * valid).
   */
  private List<String> validations() {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < sample; i++) {
      Code c = pick();
      String display =
          c.designations().isEmpty() || random.nextBoolean()
              ? c.display()
              : c.designations().get(random.nextInt(c.designations().size()));
      paths.add(
          "/fhir/CodeSystem/$validate-code?url="
              + enc(CPT)
              + "&code="
              + enc(c.code())
              + "&display="
              + enc(display));
    }
    return paths;
  }

  /**
   * Type-ahead: the first 20 codes of cpt-all whose texts hold words starting with what a user
   * typed, one or two word beginnings (3 to 6 letters) taken from a random code's display.
   */
  private List<String> typeAheads() {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < sample; i++) {
      String[] words = pick().display().toLowerCase(Locale.ROOT).split("[^a-z]+");
      List<String> usable =
          Stream.of(words)
              .filter(w -> w.length() >= 4 && !w.startsWith("synth") && !w.equals("invented"))
              .toList();
      int n = Math.min(usable.size(), 1 + random.nextInt(2));
      StringBuilder typed = new StringBuilder();
      for (int w = 0; w < n; w++) {
        String word = usable.get(random.nextInt(usable.size()));
        typed
            .append(w == 0 ? "" : " ")
            .append(word, 0, Math.min(word.length(), 3 + random.nextInt(4)));
      }
      paths.add(
          "/fhir/ValueSet/$expand?url="
              + enc(CPT_ALL)
              + "&filter="
              + enc(typed.toString())
              + "&count=20");
    }
    return paths;
  }

  private Code pick() {
    return codes.get(random.nextInt(codes.size()));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
