package org.cptx.security;

import java.util.List;
import java.util.Random;

/**
 * Generates bad requests from a seed: mutated paths, query strings, methods, content types and
 * bodies.
 */
final class BadRequests {

  record Request(String method, String target, String headers, String body) {}

  private static final List<String> METHODS =
      List.of(
          "GET",
          "GET",
          "GET",
          "POST",
          "POST",
          "POST",
          "PUT",
          "DELETE",
          "PATCH",
          "HEAD",
          "OPTIONS",
          "PROPFIND",
          "get",
          "post",
          "TRACE",
          "FOO",
          "MKCOL");
  private static final List<String> PATHS =
      List.of(
          "/fhir/CodeSystem/$lookup",
          "/fhir/CodeSystem/cpt/$lookup",
          "/fhir/CodeSystem/$validate-code",
          "/fhir/ValueSet/$expand",
          "/fhir/ValueSet/$validate-code",
          "/fhir/ConceptMap/$translate",
          "/fhir/CodeSystem/$subsumes",
          "/fhir/ValueSet/$batch-validate-code",
          "/fhir/metadata",
          "/fhir",
          "/fhir/",
          "/fhir/CodeSystem",
          "/fhir/CodeSystem/cpt",
          "/fhir/ValueSet",
          "/fhir/Patient/1",
          "/fhir/CodeSystem/cpt/%2e",
          "/fhir/CodeSystem/%2e%2e/x",
          "/fhir/$versions",
          "/fhir/CodeSystem/$nope",
          "/",
          "/js/",
          "/index.html",
          "/../etc/passwd",
          "/fhir/CodeSystem/_history",
          "/fhir/CodeSystem/cpt/_history/1",
          "/fhir/ConceptMap/x/$translate",
          "/fhir/ValueSet/x/$expand");
  private static final List<String> NAMES =
      List.of(
          "system",
          "code",
          "url",
          "version",
          "count",
          "offset",
          "filter",
          "coding",
          "display",
          "_format",
          "_summary",
          "_count",
          "url:missing",
          "property",
          "valueSet",
          "activeOnly",
          "units",
          "reverse",
          "codeA",
          "",
          "%00",
          "%zz",
          "_elements",
          "mode",
          "x".repeat(300));
  private static final List<String> VALUES =
      List.of(
          "",
          "47383",
          "-1",
          "1e99999999",
          "http://www.ama-assn.org/go/cpt",
          "%00",
          "%",
          "%ff%fe",
          "true",
          "maybe",
          "9".repeat(5000),
          "<x>",
          "json",
          "ttl",
          "text/turtle",
          "a|b",
          "999999999999",
          "'; DROP",
          "../..",
          "*",
          "http://hl7.org/fhir/ValueSet/cpt-all",
          "47383:51:LT",
          "-",
          "0",
          "NaN");
  private static final List<String> TYPES =
      List.of(
          "application/fhir+json",
          "application/fhir+xml",
          "application/json",
          "application/xml",
          "text/turtle",
          "application/x-www-form-urlencoded",
          "text/plain",
          "multipart/form-data; boundary=x",
          "application/fhir+json; charset=nope",
          "",
          "*/*",
          "application/n-triples");
  private static final List<String> JSON =
      List.of(
          "{",
          "{}",
          "[]",
          "null",
          "5",
          "\"x\"",
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"tx-resource\",\"resource\":null}]}",
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"foo\",\"resource\":5}]}",
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"count\",\"valueInteger\":-1}]}",
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"offset\",\"valueInteger\":1e99999999}]}",
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"code\",\"valueCode\":5}]}",
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"coding\",\"valueCoding\":\"x\"}]}",
          "{\"resourceType\":\"Parameters\",\"parameter\":\"nope\"}",
          "{\"resourceType\":\"Bundle\",\"type\":\"batch\","
              + "\"entry\":[{\"request\":{\"method\":\"GET\",\"url\":\"%00\"}}]}",
          "{\"resourceType\":\"Patient\"}",
          "{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}",
          "{\"resourceType\":\"Parameters\",\"parameter\":"
              + "[{\"name\":\"valueSet\",\"resource\":{\"resourceType\":\"ValueSet\",\"compose\":{\"include\":"
              + "[{\"system\":\"x\",\"filter\":[{\"property\":\"concept\",\"op\":\"regex\",\"value\":\"(a+)+$\"}]}]}}}]}",
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"x\",\"valueDecimal\":123456789012345678901234567890"
              + "12345678901234567890123456789012345678901234567890}]}",
          "{\"a\":" + "[".repeat(3000));
  private static final List<String> XML =
      List.of(
          "<",
          "<Parameters/>",
          "<Parameters xmlns=\"http://hl7.org/fhir\">",
          "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><Parameters xmlns=\"http://hl7.org/fhir\"><parameter><name value=\"&a;\"/>"
              + "</parameter></Parameters>",
          "<Parameters xmlns=\"http://hl7.org/fhir\"><parameter><name value=\"count\"/>"
              + "<valueInteger value=\"-1\"/></parameter></Parameters>",
          "<Parameters xmlns=\"http://hl7.org/fhir\">"
              + "<parameter><name value=\"x\"/><valueDecimal value=\"1e99999999\"/></parameter></Parameters>",
          "<Patient xmlns=\"http://hl7.org/fhir\"/>",
          "<x:Parameters xmlns:x=\"urn:x\"/>");

  private final Random random;

  BadRequests(Random random) {
    this.random = random;
  }

  Request next() {
    String method = pick(METHODS);
    String target = pick(PATHS) + query();
    String type = pick(TYPES);
    String headers = (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n") + extraHeader();
    String body =
        switch (random.nextInt(4)) {
          case 0 -> "";
          case 1 -> mutate(pick(XML));
          default -> mutate(pick(JSON));
        };
    return new Request(method, target, headers, body);
  }

  private String query() {
    int n = random.nextInt(5);
    if (n == 0) {
      return "";
    }
    StringBuilder q = new StringBuilder("?");
    for (int i = 0; i < n; i++) {
      q.append(i == 0 ? "" : "&")
          .append(pick(NAMES).replace(" ", "%20"))
          .append(random.nextInt(6) == 0 ? "" : "=")
          .append(pick(VALUES).replace(" ", "%20"));
    }
    return q.toString();
  }

  private String extraHeader() {
    return switch (random.nextInt(8)) {
      case 0 -> "Accept: text/turtle\r\n";
      case 1 -> "Accept: application/fhir+xml\r\n";
      case 2 -> "Prefer: handling=strict\r\n";
      case 3 -> "Accept-Language: " + pick(VALUES) + "\r\n";
      case 4 -> "X-Forwarded-Host: evil.example\r\n";
      default -> "";
    };
  }

  private String mutate(String body) {
    if (body.isEmpty() || random.nextInt(3) != 0) {
      return body;
    }
    int at = random.nextInt(body.length());
    return switch (random.nextInt(3)) {
      case 0 -> body.substring(0, at);
      case 1 -> body.substring(0, at) + "\u0000\"}{<" + body.substring(at);
      default -> body.substring(0, at) + body.substring(Math.min(body.length(), at + 3));
    };
  }

  private String pick(List<String> items) {
    return items.get(random.nextInt(items.size()));
  }
}
