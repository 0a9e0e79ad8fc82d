package org.cptx.clients;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a client sent to cptx, for people: per kind of request (method and path) the parameter names used and how
 * often, then every request with its parameter values and cptx's answer in one line.
 */
final class TxRequestReport {

  private static final int MAX_VALUE = 160;

  private TxRequestReport() {}

  static String render(String title, List<TxExchange> exchanges) {
    StringBuilder s = new StringBuilder("# ").append(title).append("\n\n");
    Map<String, List<TxExchange>> byKind = new LinkedHashMap<>();
    exchanges.forEach(e -> byKind.computeIfAbsent(e.method() + " " + e.path(), k -> new ArrayList<>()).add(e));
    byKind.forEach((kind, list) -> {
      Map<String, Integer> names = new TreeMap<>();
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (TxExchange e : list) {
        e.parameters().keySet().forEach(n -> names.merge(n, 1, Integer::sum));
        statuses.merge(e.status(), 1, Integer::sum);
      }
      s.append("- ").append(kind).append(": ").append(list.size()).append(" request(s), answers ").append(statuses)
          .append("; parameters ").append(names).append('\n');
    });
    s.append("\n## Every request\n\n");
    int n = 0;
    for (TxExchange e : exchanges) {
      s.append(++n).append(". ").append(e.method()).append(' ').append(e.path()).append('\n');
      e.parameters().forEach((name, values) -> values.forEach(v ->
          s.append("   - ").append(name).append(" = ").append(shorten(v)).append('\n')));
      s.append("   - -> ").append(e.status()).append(' ').append(shorten(answer(e))).append('\n');
    }
    return s.toString();
  }

  static void write(Path file, String title, List<TxExchange> exchanges) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, render(title, exchanges), StandardCharsets.UTF_8);
  }

  /** cptx's answer in a few words: result and message of a Parameters, the first issue of an OperationOutcome. */
  static String answer(TxExchange e) {
    JsonNode r = e.response();
    if (r == null) {
      return "";
    }
    String type = r.path("resourceType").asText();
    if ("OperationOutcome".equals(type)) {
      JsonNode issue = r.path("issue").path(0);
      return "OperationOutcome " + issue.path("severity").asText() + " " + messageId(issue) + ": "
          + issue.path("details").path("text").asText(issue.path("diagnostics").asText());
    }
    if ("Parameters".equals(type)) {
      List<String> parts = new ArrayList<>();
      for (JsonNode p : r.path("parameter")) {
        String name = p.path("name").asText();
        if (name.equals("result") || name.equals("message") || name.equals("display")) {
          parts.add(name + "=" + p.path(name.equals("result") ? "valueBoolean" : "valueString").asText());
        } else if (name.equals("issues")) {
          for (JsonNode issue : p.path("resource").path("issue")) {
            parts.add("issue " + issue.path("severity").asText() + " " + messageId(issue));
          }
        }
      }
      return "Parameters " + String.join("; ", parts);
    }
    return type;
  }

  private static String messageId(JsonNode issue) {
    for (JsonNode ext : issue.path("extension")) {
      if (ext.path("url").asText().endsWith("operationoutcome-message-id")) {
        return ext.path("valueString").asText();
      }
    }
    return "";
  }

  private static String shorten(String v) {
    return v.length() <= MAX_VALUE ? v : v.substring(0, MAX_VALUE) + "...";
  }
}
