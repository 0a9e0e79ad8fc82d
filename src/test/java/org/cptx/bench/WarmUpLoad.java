package org.cptx.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A warm-up load for a freshly started server, after which its resident memory is read: every
 * operation the benchmarks time, in turn, over one keep-alive connection ($lookup, $validate-code,
 * $expand of 1,000 codes, type-ahead $expand with several filters, which builds the word index).
 */
final class WarmUpLoad {

  private static final String CPT = "http://www.ama-assn.org/go/cpt";
  private static final String ALL = "http://hl7.org/fhir/ValueSet/cpt-all";
  private static final List<String> FILTERS =
      List.of("syn", "exc", "proc", "gland imag", "perc", "rem", "inj", "rep", "exci perc");

  private WarmUpLoad() {}

  /** Sends {@code requests} requests (each answered 200) for this code of CPT. */
  static void run(String host, int port, String versionAndCode, int requests) throws IOException {
    List<String> paths = paths(versionAndCode);
    try (RawHttpConnection connection = new RawHttpConnection(host, port, paths.get(0))) {
      for (int i = 0; i < requests; i++) {
        String path = paths.get(i % paths.size());
        RawHttpConnection.Response answer = connection.get(path);
        if (answer.status() != 200) {
          throw new IllegalStateException("warm-up: HTTP " + answer.status() + " for " + path);
        }
      }
    }
  }

  private static List<String> paths(String versionAndCode) {
    String cpt = "system=" + enc(CPT) + "&" + versionAndCode;
    List<String> paths = new ArrayList<>();
    paths.add("/fhir/CodeSystem/$lookup?" + cpt);
    paths.add("/fhir/CodeSystem/$validate-code?url=" + enc(CPT) + "&" + versionAndCode);
    paths.add("/fhir/ValueSet/$expand?url=" + enc(ALL) + "&count=1000");
    for (String filter : FILTERS) {
      paths.add("/fhir/ValueSet/$expand?url=" + enc(ALL) + "&filter=" + enc(filter) + "&count=20");
    }
    return paths;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
