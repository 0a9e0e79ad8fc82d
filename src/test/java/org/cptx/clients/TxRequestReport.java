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
 * What a client sent to cptx, for people: per kind of request (method and path) the parameter names
 * used and how often, then every request with its parameter values and cptx's answer in one line.
 */
final class TxRequestReport {

  private static final int MAX_VALUE = 200;
  private static final int MAX_ANSWER = 500;

  private TxRequestReport() {}

  static String render(String title, List<TxExchange> exchanges) {
    StringBuilder s = new StringBuilder("# ").append(title).append("\n\n");
    Map<String, List<TxExchange>> byKind = new LinkedHashMap<>();
    exchanges.forEach(
        e -> byKind.computeIfAbsent(e.method() + " " + e.path(), k -> new ArrayList<>()).add(e));
    byKind.forEach(
        (kind, list) -> {
          Map<String, Integer> names = new TreeMap<>();
          Map<Integer, Integer> statuses = new TreeMap<>();
          for (TxExchange e : list) {
            e.parameters().keySet().forEach(n -> names.merge(n, 1, Integer::sum));
            statuses.merge(e.status(), 1, Integer::sum);
          }
          s.append("- ")
              .append(kind)
              .append(": ")
              .append(list.size())
              .append(" request(s), answers ")
              .append(statuses)
              .append("; parameters ")
              .append(names)
              .append('\n');
        });
    s.append("\n## Every request\n\n");
    int n = 0;
    for (TxExchange e : exchanges) {
      s.append(++n).append(". ").append(e.method()).append(' ').append(e.path()).append('\n');
      e.parameters()
          .forEach(
              (name, values) ->
                  values.forEach(
                      v ->
                          s.append("   - ")
                              .append(name)
                              .append(" = ")
                              .append(shorten(v, MAX_VALUE))
                              .append('\n')));
      s.append("   - -> ")
          .append(e.status())
          .append(' ')
          .append(shorten(answer(e), MAX_ANSWER))
          .append('\n');
    }
    return s.toString();
  }

  static void write(Path file, String title, List<TxExchange> exchanges) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, render(title, exchanges), StandardCharsets.UTF_8);
  }

  /**
   * cptx's answer in a few words: result, display, message and issues of a Parameters (each entry
   * of a batch in brackets), the first issue of an OperationOutcome.
   */
  static String answer(TxExchange e) {
    JsonNode r = e.response();
    return r == null ? "" : summary(r);
  }

  private static String summary(JsonNode r) {
    String type = r.path("resourceType").asText();
    if ("OperationOutcome".equals(type)) {
      JsonNode issue = r.path("issue").path(0);
      return "OperationOutcome "
          + issue.path("severity").asText()
          + " "
          + messageId(issue)
          + ": "
          + issue.path("details").path("text").asText(issue.path("diagnostics").asText());
    }
    if (!"Parameters".equals(type)) {
      return type;
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode p : r.path("parameter")) {
      String name = p.path("name").asText();
      if (name.equals("result")) {
        parts.add("result=" + p.path("valueBoolean").asText());
      } else if (name.equals("message") || name.equals("display")) {
        parts.add(name + "=" + p.path("valueString").asText());
      } else if (name.equals("issues")) {
        p.path("resource")
            .path("issue")
            .forEach(i -> parts.add("issue " + i.path("severity").asText() + " " + messageId(i)));
      } else if (p.has("resource")) {
        parts.add(name + " [" + summary(p.path("resource")) + "]");
      }
    }
    return "Parameters " + String.join("; ", parts);
  }

  private static String messageId(JsonNode issue) {
    for (JsonNode ext : issue.path("extension")) {
      if (ext.path("url").asText().endsWith("operationoutcome-message-id")) {
        return ext.path("valueString").asText();
      }
    }
    return "";
  }

  private static String shorten(String v, int max) {
    return v.length() <= max ? v : v.substring(0, max) + "...";
  }
}
