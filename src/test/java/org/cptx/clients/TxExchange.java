package org.cptx.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request a client sent to cptx and cptx's answer, as {@link TxRecorder} saw them on the wire.
 *
 * @param path the path below the FHIR base, e.g. {@code CodeSystem/$validate-code}
 * @param query the raw query string, or empty
 */
record TxExchange(
    String method,
    String path,
    String query,
    String contentType,
    String requestBody,
    int status,
    String responseBody) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * True for an operation such as {@code CodeSystem/$validate-code} (not a read, search or
   * metadata).
   */
  boolean isOperation() {
    return path.contains("$");
  }

  /**
   * The parameters sent, in order, by name: the query's and, for a POSTed {@code Parameters}, the
   * body's, each with its value as text ({@code valueX} primitives; a Coding or CodeableConcept as
   * {@code system|code}; {@code (ResourceType)} for a resource; a CodeableConcept gives one value
   * per coding).
   */
  Map<String, List<String>> parameters() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        params
            .computeIfAbsent(decode(kv[0]), k -> new ArrayList<>())
            .add(kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    addParameters(params, "", body());
    return params;
  }

  /**
   * A nested {@code Parameters} (as {@code $batch-validate-code}'s {@code validation}) adds
   * "outer.inner" names.
   */
  private static void addParameters(
      Map<String, List<String>> params, String prefix, JsonNode parameters) {
    if (parameters == null || !"Parameters".equals(parameters.path("resourceType").asText())) {
      return;
    }
    for (JsonNode p : parameters.path("parameter")) {
      String name = prefix + p.path("name").asText();
      params.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values(p));
      addParameters(params, name + ".", p.path("resource"));
    }
  }

  /**
   * True when the request is about {@code system|code} with that display (none: a coding without
   * display), as a Coding or CodeableConcept parameter at any depth, or as GET's system/url, code
   * and display.
   */
  boolean mentions(String system, String code, String display) {
    String wanted = system + "|" + code + (display == null ? "" : " '" + display + "'");
    Map<String, List<String>> params = parameters();
    boolean asCoding = params.values().stream().flatMap(List::stream).anyMatch(wanted::equals);
    boolean asQuery =
        params.getOrDefault("code", List.of()).contains(code)
            && (params.getOrDefault("system", List.of()).contains(system)
                || params.getOrDefault("url", List.of()).contains(system))
            && (display == null
                ? !params.containsKey("display")
                : params.getOrDefault("display", List.of()).contains(display));
    return asCoding || asQuery;
  }

  /** For an answered {@code $validate-code}: 200 and a Parameters whose {@code result} is true. */
  boolean validated() {
    JsonNode r = response();
    if (status != 200 || r == null) {
      return false;
    }
    for (JsonNode p : r.path("parameter")) {
      if ("result".equals(p.path("name").asText())) {
        return p.path("valueBoolean").asBoolean(false);
      }
    }
    return false;
  }

  /** The response body as JSON, or null when it is none. */
  JsonNode response() {
    return parse(responseBody);
  }

  private JsonNode body() {
    return parse(requestBody);
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank() || !text.strip().startsWith("{")) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      return null;
    }
  }

  /** A parameter's value(s) as text; a CodeableConcept gives one value per coding. */
  private static List<String> values(JsonNode parameter) {
    if (parameter.has("resource")) {
      return List.of("(" + parameter.path("resource").path("resourceType").asText() + ")");
    }
    var fields = parameter.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (field.getKey().startsWith("value")) {
        return text(field.getValue());
      }
    }
    return List.of(parameter.has("part") ? "(parts)" : "");
  }

  private static List<String> text(JsonNode value) {
    if (value.isValueNode()) {
      return List.of(value.asText());
    }
    List<String> codings = new ArrayList<>();
    JsonNode list = value.has("coding") ? value.path("coding") : JSON.createArrayNode().add(value);
    for (JsonNode c : list) {
      codings.add(
          c.path("system").asText()
              + "|"
              + c.path("code").asText()
              + (c.has("display") ? " '" + c.path("display").asText() + "'" : ""));
    }
    return codings;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
