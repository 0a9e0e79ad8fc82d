package org.cptx.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cptx.support.RunningServer;
import org.cptx.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Bounds before work, no 5xx for the inputs that once caused one, and the headers of every answer.
 */
@RunningServer
class HardeningHttpTest {

  static final String LOOKUP =
      "/fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383";
  static final String JSON = "Content-Type: application/fhir+json\r\n";
  static final String XML = "Content-Type: application/fhir+xml\r\n";

  @Test
  void fourConcurrent14MegabyteBodiesGet413WhileALookupAnswersAtOnce(TestServer server)
      throws Exception {
    URI base = URI.create(server.base());
    List<CompletableFuture<Integer>> big = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      big.add(CompletableFuture.supplyAsync(() -> hugeBody(base, 14 * 1024 * 1024)));
    }
    long started = System.nanoTime();
    RawHttp.Answer lookup = RawHttp.send(base, "GET", LOOKUP, "", new byte[0]);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(lookup.status()).isEqualTo(200);
    assertThat(millis).isLessThan(3_000);
    for (CompletableFuture<Integer> f : big) {
      assertThat(f.get()).isEqualTo(413);
    }
  }

  /**
   * Sends the headers and then the body on another thread, reading the answer as soon as it comes.
   */
  static int hugeBody(URI base, int size) {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /fhir/CodeSystem/$lookup HTTP/1.1\r\nHost: x\r\n"
                  + JSON
                  + "Content-Length: "
                  + size
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      Thread writer =
          new Thread(
              () -> {
                try {
                  byte[] chunk = new byte[64 * 1024];
                  for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                  }
                } catch (Exception e) {
                  // the server refused the body and closed the connection: expected
                }
              });
      writer.setDaemon(true);
      writer.start();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      return Integer.parseInt(new String(head, StandardCharsets.ISO_8859_1).substring(9, 12));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void chunkedBodyOverTheLimitIs413(TestServer server) throws Exception {
    URI base = URI.create(server.base());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /fhir/CodeSystem/$lookup HTTP/1.1\r\nHost: x\r\n"
                  + JSON
                  + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk =
          ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
      try {
        for (int i = 0; i < 40; i++) {
          out.write(chunk);
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      } catch (java.io.IOException e) {
        // refused while sending
      }
      RawHttp.Answer a = RawHttp.read(socket.getInputStream());
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.body()).contains("CPTX_BODY_TOO_LARGE");
    }
  }

  @Test
  void hugeNumbersAreRefusedBeforeTheyAreExpanded(TestServer server) throws Exception {
    URI base = URI.create(server.base());
    for (String number : List.of("1e99999999", "1E-99999999", "1" + "0".repeat(100), "1.5e401")) {
      RawHttp.Answer a =
          RawHttp.send(
              base,
              "POST",
              "/fhir/CodeSystem/$lookup",
              JSON,
              bytes(
                  "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"x\",\"valueInteger\":"
                      + number
                      + "}]}"));
      assertThat(a.status()).as(number).isEqualTo(400);
      assertThat(a.body()).contains("CPTX_NUMBER_TOO_LARGE");
      assertThat(a.body().length()).isLessThan(2_000);
    }
    RawHttp.Answer xml =
        RawHttp.send(
            base,
            "POST",
            "/fhir/CodeSystem/$lookup",
            XML,
            bytes(
                "<Parameters xmlns="
                    + "\"http://hl7.org/fhir\"><parameter><name value=\"x\"/><valueDecimal value=\"1e99999999\"/></parameter>"
                    + "</Parameters>"));
    assertThat(xml.status()).isEqualTo(400);
    assertThat(xml.body()).contains("CPTX_NUMBER_TOO_LARGE");
  }

  @Test
  void onceKnown500sAreNow4xxOperationOutcomes(TestServer server) throws Exception {
    URI base = URI.create(server.base());
    String expand = "/fhir/ValueSet/$expand";
    String vs = "{\"name\":\"url\",\"valueUri\":\"http://hl7.org/fhir/ValueSet/cpt-all\"}";
    check(base, "GET", LOOKUP, "Content-Type: text/turtle\r\n", "", 415);
    check(base, "POST", "/fhir/CodeSystem/$lookup", "Content-Type: text/turtle\r\n", "x", 415);
    check(
        base,
        "POST",
        expand,
        JSON,
        "{\"resourceType\":\"Parameters\",\"parameter\":["
            + vs
            + ",{\"name\":\"count\",\"valueInteger\":-1}]}",
        400);
    check(
        base,
        "POST",
        expand,
        JSON,
        "{\"resourceType\":\"Parameters\",\"parameter\":["
            + vs
            + ",{\"name\":\"offset\",\"valueInteger\":-1}]}",
        400);
    check(
        base,
        "POST",
        expand,
        XML,
        "<Parameters xmlns=\"http://hl7.org/fhir\"><parameter><name value=\"count\"/>"
            + "<valueInteger value=\"-1\"/></parameter></Parameters>",
        400);
    check(
        base,
        "POST",
        expand,
        JSON,
        "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"tx-resource\","
            + "\"resource\":null}]}",
        400);
    check(
        base,
        "POST",
        expand,
        JSON,
        "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"foo\"," + "\"resource\":5}]}",
        400);
    check(
        base,
        "POST",
        expand,
        JSON,
        "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"foo\","
            + "\"resource\":\"x\"}]}",
        400);
    check(base, "GET", "/fhir/CodeSystem/$lookup?%00=a&=b", "", "", 400);
    check(base, "PROPFIND", "/fhir/metadata", "", "", 405);
    check(base, "get", "/fhir/metadata", "", "", 405);
    check(base, "OPTIONS", "/fhir/CodeSystem/cpt/%2e", "", "", 400);
    check(base, "OPTIONS", "*", "", "", 404);
    RawHttp.Answer search =
        RawHttp.send(base, "GET", "/fhir/CodeSystem?url:missing=true", "", new byte[0]);
    assertThat(search.status()).isLessThan(500);
  }

  @Test
  void parserErrorsNameNoJavaClassAndEchoLittle(TestServer server) throws Exception {
    RawHttp.Answer a =
        RawHttp.send(
            URI.create(server.base()),
            "POST",
            "/fhir/CodeSystem/$lookup",
            JSON,
            bytes(
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\""
                    + "x".repeat(100_000)
                    + "\",}"));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body())
        .doesNotContainPattern("(java|ca\\.uhn|com\\.fasterxml)\\.[a-z]+\\.")
        .hasSizeLessThan(3_000);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoPoweredBy(TestServer server) throws Exception {
    URI base = URI.create(server.base());
    for (String path :
        List.of(
            "/fhir/metadata",
            LOOKUP,
            "/fhir/CodeSystem/nope",
            "/fhir/CodeSystem/$lookup",
            "/fhir/ValueSet/$expand?url=http://example.org/none",
            "/",
            "/nope",
            "/health")) {
      RawHttp.Answer a = RawHttp.send(base, "GET", path, "", new byte[0]);
      assertThat(a.head())
          .as(path)
          .contains("Content-Security-Policy: default-src 'self'")
          .contains("frame-ancestors 'none'")
          .contains("X-Content-Type-Options: nosniff")
          .contains("Referrer-Policy: no-referrer")
          .contains("X-Frame-Options: DENY")
          .doesNotContainIgnoringCase("X-Powered-By")
          .doesNotContainIgnoringCase("Access-Control-Allow-Origin");
    }
  }

  @Test
  void theHostHeaderIsNeverReflected(TestServer server) throws Exception {
    URI base = URI.create(server.base());
    RawHttp.Answer a =
        RawHttp.send(
            base,
            "GET",
            "/fhir/metadata",
            "Host: evil.example\r\n" + "X-Forwarded-Host: evil2.example\r\n",
            new byte[0]);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).doesNotContain("evil");
    RawHttp.Answer search =
        RawHttp.send(
            base,
            "GET",
            "/fhir/CodeSystem?url=http://www.ama-assn.org/go/cpt",
            "X-Forwarded-Host: evil.example\r\n",
            new byte[0]);
    assertThat(search.head() + search.body()).doesNotContain("evil");
  }

  @Test
  void optionsAnswersWithAllow(TestServer server) throws Exception {
    RawHttp.Answer a =
        RawHttp.send(URI.create(server.base()), "OPTIONS", "/fhir/CodeSystem", "", new byte[0]);
    assertThat(a.status()).isEqualTo(204);
    assertThat(a.head()).contains("Allow: GET, HEAD, POST, OPTIONS");
  }

  static void check(URI base, String method, String target, String headers, String body, int status)
      throws Exception {
    RawHttp.Answer a = RawHttp.send(base, method, target, headers, bytes(body));
    assertThat(a.status()).as(method + " " + target + " " + body).isEqualTo(status);
    assertThat(FuzzHttpTest.isOutcome(a.body())).as(a.body()).isTrue();
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
