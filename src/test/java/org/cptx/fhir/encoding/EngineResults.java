package org.cptx.fhir.encoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.LookupResult;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Extension;
import org.cptx.terminology.model.Value;

/**
 * Random engine results for the writers' tests: texts with non-ASCII letters, characters JSON
 * escapes, blanks and nulls; values of every type the engine holds, in plain and odd spellings
 * (some of which HAPI's datatypes refuse). All invented for cptx tests.
 */
final class EngineResults {

  static final List<String> TEXTS =
      Arrays.asList(
          "Synthetic procedure 1 (invented for cptx tests)",
          "Erfundene Leistung: Größe ändern",
          "发明的程序",
          "emoji \uD83D\uDE00 and \u00e9",
          "quote \" backslash \\ slash /",
          "tab\tnew\nline\r",
          "control \u0001 \u001f \u007f",
          "</script><b>&amp;</b>",
          "line separators \u2028 \u2029",
          " ",
          "",
          "  padded  ",
          "a",
          null);

  private static final List<String> DECIMALS =
      Arrays.asList("1.50", "0", "-0.5", "10", "3.14159", "0.000", "1e3", "1E-2", "abc", "", null);
  private static final List<String> DATES =
      Arrays.asList(
          "2026",
          "2026-01",
          "2026-01-31",
          "2024-02-29",
          "2025-02-29",
          "2026-13-01",
          "",
          " 2026-01-01",
          "1999-12-31",
          "2026-1-1",
          null);
  private static final List<String> DATE_TIMES =
      Arrays.asList(
          "2026-01-01T10:00:00Z",
          "2026-01-01T10:00:00.123+02:00",
          "2026-01-01",
          "2026",
          "2026-01-01T25:00:00Z",
          "yesterday");
  private static final List<String> OTHER_TYPES =
      List.of(
          "uri",
          "url",
          "canonical",
          "oid",
          "uuid",
          "id",
          "markdown",
          "instant",
          "time",
          "positiveInt",
          "unsignedInt",
          "base64Binary",
          "unheard-of");
  private static final List<String> OTHER_TEXTS =
      List.of(
          "http://example.org/invented",
          "urn:oid:1.2.3",
          "12",
          "0",
          "-3",
          "10:30:00",
          "2026-01-01T10:00:00Z",
          "aGVsbG8=",
          "**markdown**",
          "not a number");
  private static final List<String> COMPLEX =
      List.of(
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"value\",\"valueCodeableConcept\":"
              + "{\"coding\":[{\"system\":\"http://example.org/cs\",\"code\":\"x\"}],\"text\":\"X\"}}]}",
          "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"value\",\"valueQuantity\":"
              + "{\"value\":1.50,\"unit\":\"mg\"}}]}");

  private final Random random;

  EngineResults(long seed) {
    random = new Random(seed);
  }

  String text() {
    return pick(TEXTS);
  }

  /** A text that is sometimes null. */
  String maybe(List<String> values) {
    return random.nextInt(4) == 0 ? null : pick(values);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  boolean coin() {
    return random.nextBoolean();
  }

  <T> List<T> some(int max, Supplier<T> one) {
    List<T> out = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      out.add(one.get());
    }
    return out;
  }

  Coding coding() {
    return new Coding(
        maybe(List.of("http://example.org/cs", "", " ")),
        maybe(List.of("1.0", "2026")),
        maybe(TEXTS),
        maybe(TEXTS));
  }

  Value value() {
    return switch (random.nextInt(11)) {
      case 0 -> Value.code(text());
      case 1 -> Value.string(text());
      case 2 -> Value.bool(coin());
      case 3 -> Value.integer(random.nextInt(2001) - 1000);
      case 4 -> Value.decimal(pick(DECIMALS));
      case 5 -> Value.date(pick(DATES));
      case 6 -> Value.dateTime(pick(DATE_TIMES));
      case 7 -> Value.coding(coding());
      case 8 -> new Value.OtherValue(pick(OTHER_TYPES), pick(OTHER_TEXTS));
      case 9 -> new Value.ComplexValue("CodeableConcept", pick(COMPLEX));
      default -> Value.code("plain-code");
    };
  }

  Designation designation() {
    List<Extension> extensions =
        coin() ? List.of() : List.of(new Extension("http://example.org/x", Value.string("x")));
    return new Designation(
        maybe(List.of("en", "de-CH", "", "zh")),
        random.nextInt(3) == 0 ? coding() : null,
        text(),
        extensions,
        maybe(List.of("http://example.org/supplement|1", "")));
  }

  ConceptProperty property(int depth) {
    List<ConceptProperty> subs =
        depth > 0 && random.nextInt(4) == 0 ? some(3, () -> property(depth - 1)) : List.of();
    return new ConceptProperty(
        pick(List.of("global-days", "parent", "status", "effective", "x")),
        random.nextInt(5) == 0 ? null : value(),
        random.nextInt(3) == 0 ? text() : null,
        subs);
  }

  CodeSystemInfo system() {
    return new CodeSystemInfo(
        maybe(List.of("http://example.org/cs", "urn:oid:1.2.3")),
        maybe(List.of("1.0", "2026", "")),
        maybe(TEXTS),
        null,
        "en",
        "complete",
        true,
        null,
        null,
        3);
  }

  LookupResult lookup() {
    return new LookupResult(
        system(),
        text(),
        maybe(TEXTS),
        maybe(TEXTS),
        coin(),
        some(4, this::designation),
        some(5, () -> property(1)),
        some(2, () -> pick(List.of("http://example.org/supplement|1", "urn:x", ""))));
  }
}
