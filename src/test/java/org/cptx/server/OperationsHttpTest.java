package org.cptx.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cptx.fhir.ErrorInterceptor;
import org.cptx.support.TestContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Health, request ids, gzip and HTTP caching against a real server on a free port. */
class OperationsHttpTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String CPT_READ = "/fhir/CodeSystem/cpt";
  private static CptxServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        CptxServer.start(
            new ServerConfig(
                "127.0.0.1",
                0,
                List.of(TestContent.BUILT_IN, TestContent.SYNTHETIC),
                TestContent.WEBAPP));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  @Test
  void livenessAndReadinessAnswerSmallJson() throws Exception {
    assertThat(text(get("/livez"))).isEqualTo("{\"status\":\"up\"}");
    assertThat(text(get("/health"))).isEqualTo("{\"status\":\"up\"}");
    HttpResponse<byte[]> ready = get("/readyz");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(text(ready)).isEqualTo("{\"status\":\"ready\"}");
    assertThat(ready.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(server.ready()).isTrue();
  }

  @Test
  void everyAnswerCarriesARequestIdTheClientsWhenSane() throws Exception {
    assertThat(get(CPT_READ, "X-Request-Id", "trace-42.a:b").headers().firstValue("X-Request-Id"))
        .contains("trace-42.a:b");
    String fresh = get(CPT_READ).headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(fresh).matches("[0-9a-f-]{36}");
    String insane =
        get("/readyz", "X-Request-Id", "x".repeat(65))
            .headers()
            .firstValue("X-Request-Id")
            .orElseThrow();
    assertThat(insane).matches("[0-9a-f-]{36}");
    assertThat(
            get("/fhir/CodeSystem/nope", "X-Request-Id", "a<b")
                .headers()
                .firstValue("X-Request-Id")
                .orElseThrow())
        .matches("[0-9a-f-]{36}");
    assertThat(get("/no/such/file.txt").headers().firstValue("X-Request-Id")).isPresent();
    assertThat(get("/js/app.js").headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void logLinesOfARequestCarryItsId() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(ErrorInterceptor.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    logger.addAppender(events);
    try {
      HttpServletResponse response = proxy(HttpServletResponse.class, "req-7");
      new RequestIdFilter()
          .doFilter(
              proxy(HttpServletRequest.class, null),
              response,
              (req, res) -> logger.warn("inside the request {}", org.slf4j.MDC.get("requestId")));
      assertThat(events.list)
          .singleElement()
          .satisfies(
              event -> {
                assertThat(event.getMDCPropertyMap()).containsEntry("requestId", "req-7");
                assertThat(event.getFormattedMessage()).isEqualTo("inside the request req-7");
              });
      assertThat(org.slf4j.MDC.get("requestId")).isNull();
    } finally {
      logger.detachAppender(events);
    }
  }

  /** A servlet request or response whose every header is this value. */
  private static <T> T proxy(Class<T> type, String header) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> method.getName().equals("getHeader") ? header : null));
  }

  @Test
  void largeAnswersAreGzippedWhenTheClientAcceptsIt() throws Exception {
    HttpResponse<byte[]> plain = get(CPT_READ);
    HttpResponse<byte[]> zipped = get(CPT_READ, "Accept-Encoding", "gzip");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
    assertThat(zipped.body().length).isLessThan(plain.body().length);
    assertThat(get("/readyz", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding"))
        .isEmpty();
  }

  @Test
  void readOnlyGetsGetAnETagAndA304WhenUnchanged() throws Exception {
    HttpResponse<byte[]> first = get(CPT_READ);
    String tag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(tag).startsWith("\"");
    assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=300");
    assertThat(first.headers().allValues("Vary").toString())
        .contains("Accept")
        .contains("Accept-Encoding");
    assertThat(get(CPT_READ).headers().firstValue("ETag")).contains(tag);
    HttpResponse<byte[]> again = get(CPT_READ, "If-None-Match", tag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).contains(tag);
    assertThat(get(CPT_READ, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    assertThat(get(CPT_READ + "?_format=xml").headers().firstValue("ETag").orElseThrow())
        .isNotEqualTo(tag);
    String lookup = "/fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383";
    String lookupTag = get(lookup).headers().firstValue("ETag").orElseThrow();
    assertThat(get(lookup, "If-None-Match", "W/" + lookupTag).statusCode()).isEqualTo(304);
  }

  @Test
  void errorsAreNeverCached() throws Exception {
    HttpResponse<byte[]> missing = get("/fhir/CodeSystem/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("ETag")).isEmpty();
    assertThat(missing.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void stampedAnswersGetAWeakTagThatHoldsAcrossRequests() throws Exception {
    for (String path :
        List.of(
            "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/ValueSet/cpt-modifiers",
            "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/ValueSet/cpt-modifiers&_format=xml",
            "/fhir/ConceptMap?name=cpt",
            "/fhir/ConceptMap?name=cpt&_format=xml")) {
      HttpResponse<byte[]> first = get(path);
      HttpResponse<byte[]> second = get(path);
      assertThat(new String(first.body(), StandardCharsets.UTF_8))
          .as("the answers differ in their stamps")
          .isNotEqualTo(new String(second.body(), StandardCharsets.UTF_8));
      String tag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(tag).as(path).startsWith("W/\"");
      assertThat(second.headers().firstValue("ETag")).as(path).contains(tag);
      assertThat(get(path, "If-None-Match", tag).statusCode()).as(path).isEqualTo(304);
    }
  }

  @Test
  void theWebAppsFilesAreRevalidatedByETag() throws Exception {
    HttpResponse<byte[]> file = get("/js/app.js");
    String tag = file.headers().firstValue("ETag").orElseThrow();
    assertThat(file.headers().firstValue("Cache-Control")).contains("no-cache");
    assertThat(get("/js/app.js", "If-None-Match", tag).statusCode()).isEqualTo(304);
  }

  @Test
  void twoServersOnTheSameContentGiveTheSameETag() throws Exception {
    String lookup = "/fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=47383";
    String tag = get(lookup).headers().firstValue("ETag").orElseThrow();
    try (CptxServer other =
        CptxServer.start(
            new ServerConfig(
                "127.0.0.1", 0, List.of(TestContent.BUILT_IN, TestContent.SYNTHETIC), null))) {
      HttpResponse<byte[]> there =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + lookup))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(there.headers().firstValue("ETag")).contains(tag);
    }
  }
}
