package org.cptx.fhir.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cptx.fhir.response.ExpansionResponse;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Designation;
import org.cptx.terminology.model.Extension;
import org.cptx.terminology.model.Value;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.Expansion;
import org.cptx.terminology.valueset.ExpansionEntry;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.cptx.terminology.valueset.SystemVersions;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonExpansions} writes, from the engine's expansion, the JSON that {@link JsonAnswers}
 * writes for the ValueSet {@link ExpansionResponse} builds, character for character but for the
 * identifier and timestamp each answer draws; and HAPI reads it back as the same ValueSet. The
 * expansions are random, over everything an expansion can hold. All codes and texts are invented
 * for cptx tests.
 */
class JsonExpansionsTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final String SYS = "http://example.org/cptx-test/cs";

  @Test
  void writesWhatTheValueSetPathWrites() {
    Random random = new Random(2026);
    int refused = 0;
    for (int n = 0; n < 400; n++) {
      Expansion expansion = expansion(random);
      ExpansionRequest request = request(random);
      Parameters echoed = echoed(random);
      ValueSet built = ExpansionResponse.of(expansion, request, echoed);
      var written = JsonExpansions.utf8(expansion, request, echoed);
      var viaModelWriter = JsonAnswers.encode(built);
      // a shape the writers leave to HAPI (a Quantity value), both leave it
      assertThat(written.isPresent()).as("case %d", n).isEqualTo(viaModelWriter.isPresent());
      if (written.isEmpty()) {
        refused++;
        continue;
      }
      String direct = new String(written.get(), StandardCharsets.UTF_8);
      String viaModel = viaModelWriter.get();
      assertThat(unstamped(direct)).as("case %d", n).isEqualTo(unstamped(viaModel));
      assertThat(direct)
          .containsPattern("\"identifier\":\"urn:uuid:[0-9a-f-]{36}\"")
          .containsPattern("\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[^\"]*\"");
      // and HAPI reads it as it reads its own encoding of the model
      ValueSet parsed = FHIR.newJsonParser().parseResource(ValueSet.class, direct);
      ValueSet hapi =
          FHIR.newJsonParser()
              .parseResource(ValueSet.class, FHIR.newJsonParser().encodeResourceToString(built));
      parsed.getExpansion().setIdentifier("-").setTimestampElement(null);
      hapi.getExpansion().setIdentifier("-").setTimestampElement(null);
      assertThat(parsed.equalsDeep(hapi))
          .as("case %d:%n%s%n%s", n, direct, FHIR.newJsonParser().encodeResourceToString(hapi))
          .isTrue();
    }
    assertThat(refused).as("cases left to HAPI").isBetween(1, 200);
  }

  @Test
  void leavesAnExpansionWithItsDefinitionToTheModelPath() {
    Random random = new Random(1);
    ExpansionRequest.Presentation withDefinition =
        new ExpansionRequest.Presentation(null, false, List.of(), true, List.of(), true);
    ExpansionRequest request =
        new ExpansionRequest(
            ExpansionRequest.Page.ALL,
            request(random).selection(),
            withDefinition,
            SystemVersions.NONE);
    assertThat(JsonExpansions.utf8(expansion(random), request, new Parameters())).isEmpty();
  }

  private static String unstamped(String json) {
    return json.replaceAll("\"identifier\":\"[^\"]*\"", "\"identifier\":\"-\"")
        .replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"-\"");
  }

  private static Expansion expansion(Random random) {
    List<ExpansionEntry> entries = new ArrayList<>();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      entries.add(entry(random, 2));
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      properties.put("status", "http://hl7.org/fhir/concept-properties#status");
    }
    if (random.nextBoolean()) {
      properties.put("synth-weight", SYS + "#synth-weight");
    }
    List<String> used =
        pick(random, List.of(SYS + "|1", SYS + "|2", "http://example.org/cptx-test/other|3"));
    List<Expansion.Note> notes =
        random.nextBoolean()
            ? List.of(new Expansion.Note("used-valueset", "http://example.org/cptx-test/vs2|1"))
            : List.of();
    return new Expansion(
        valueSet(random),
        size + random.nextInt(3),
        random.nextInt(3),
        entries,
        used,
        properties,
        notes,
        random.nextBoolean() ? Boolean.TRUE : random.nextBoolean() ? Boolean.FALSE : null,
        random.nextInt(3) == 0 ? List.of("made-up reason one", "two") : List.of());
  }

  private static ValueSetDefinition valueSet(Random random) {
    return new ValueSetDefinition(
        null,
        "http://example.org/cptx-test/vs",
        random.nextBoolean() ? "1.0" : null,
        random.nextBoolean() ? "SynthVS" : null,
        random.nextBoolean() ? "Synthetic \"value\" set é" : null,
        oneOf(random, "active", "draft", "retired", null, ""),
        random.nextBoolean() ? random.nextBoolean() : null,
        oneOf(random, "en", "de", null),
        null,
        null,
        null,
        List.of(),
        null,
        List.of());
  }

  private static ExpansionEntry entry(Random random, int depth) {
    List<ExpansionEntry> nested = new ArrayList<>();
    if (depth > 0 && random.nextInt(4) == 0) {
      nested.add(entry(random, depth - 1));
    }
    List<Designation> designations = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      designations.add(
          new Designation(
              oneOf(random, "en", "de-AT", null),
              random.nextBoolean() ? new Coding(SYS, null, "synth-use", "Use é") : null,
              oneOf(random, "Synthetic term \u00e9\u2028\"q\"", "  ", "mock valve"),
              random.nextBoolean() ? List.of(extension(random)) : List.of()));
    }
    List<ConceptProperty> properties = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      properties.add(ConceptProperty.of(oneOf(random, "status", "synth-weight"), value(random)));
    }
    return new ExpansionEntry(
        SYS,
        oneOf(random, "1", "2", null),
        "S" + random.nextInt(1000),
        oneOf(random, "Synthetic procedure (invented, not CPT)", " ", null, "tab\there"),
        random.nextBoolean(),
        random.nextBoolean(),
        designations,
        properties,
        random.nextBoolean() ? List.of(extension(random)) : List.of(),
        nested);
  }

  private static Extension extension(Random random) {
    return new Extension("http://example.org/cptx-test/ext", value(random), List.of());
  }

  private static Value value(Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> Value.code("retired");
      case 1 -> Value.string("text with \"quotes\" and é");
      case 2 -> Value.bool(random.nextBoolean());
      case 3 -> Value.integer(random.nextInt(200) - 100);
      case 4 -> Value.decimal("1.50");
      case 5 -> Value.dateTime("2026-01-01T10:00:00Z");
      case 6 -> Value.date("2026-02");
      case 7 -> Value.coding(new Coding(SYS, "1", "S1", "Synthetic"));
      default ->
          new Value.ComplexValue(
              "Quantity",
              "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"value\","
                  + "\"valueQuantity\":{\"value\":2.5,\"unit\":\"mg\"}}]}");
    };
  }

  private static ExpansionRequest request(Random random) {
    ExpansionRequest.Presentation presentation =
        new ExpansionRequest.Presentation(
            oneOf(random, null, "de", "en"), false, List.of(), false, List.of(), true);
    ExpansionRequest model =
        new ExpansionRequest(
            ExpansionRequest.Page.ALL,
            ExpansionRequest.Selection.EVERY_CODE,
            presentation,
            SystemVersions.NONE);
    return model;
  }

  private static Parameters echoed(Random random) {
    Parameters p = new Parameters();
    if (random.nextBoolean()) {
      p.addParameter("filter", new StringType("mock valve"));
    }
    if (random.nextBoolean()) {
      p.addParameter("count", new IntegerType(20));
    }
    if (random.nextBoolean()) {
      p.addParameter("offset", new IntegerType(0));
    }
    if (random.nextBoolean()) {
      p.addParameter("displayLanguage", new CodeType(oneOf(random, "de", "de,en;q=0.5")));
    }
    if (random.nextBoolean()) {
      p.addParameter("activeOnly", new BooleanType(true));
    }
    if (random.nextBoolean()) {
      p.addParameter("default-valueset-version", new CanonicalType("http://example.org/vs|1"));
    }
    return p;
  }

  @SafeVarargs
  private static <T> T oneOf(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static <T> List<T> pick(Random random, List<T> from) {
    List<T> out = new ArrayList<>();
    for (T t : from) {
      if (random.nextBoolean()) {
        out.add(t);
      }
    }
    return out;
  }
}
