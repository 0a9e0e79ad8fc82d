package org.cptx.content.stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cptx.terminology.codesystem.fhir.ConceptParts;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * Reads a large CodeSystem JSON file in one streaming pass: the concepts go straight into the
 * engine's {@link ConceptParts} (no HAPI model for them), and everything else (the metadata) is
 * parsed by HAPI's strict parser into a CodeSystem without concepts.
 *
 * <p>It reads only the shapes the cptx importer writes. On anything else (an element it does not
 * know, a malformed file, a duplicate or missing code) it answers empty, and the caller parses the
 * file the ordinary way, which accepts or refuses it, with its message, exactly as before.
 */
public final class CodeSystemStreamReader {

  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper TREE = new ObjectMapper();

  private final Supplier<FhirContext> fhir;

  /**
   * @param fhir HAPI's context, asked for only once the concepts are read (for the metadata)
   */
  public CodeSystemStreamReader(Supplier<FhirContext> fhir) {
    this.fhir = fhir;
  }

  /** The code system in this file, or empty when the file needs HAPI's full parser. */
  public Optional<StreamedCodeSystem> read(Path file) {
    try (JsonParser json =
        JSON.createParser(Files.newInputStream(file))) { // any file system: a folder in the jar too
      return Optional.ofNullable(read(json));
    } catch (IOException | NotStreamable | DataFormatException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private StreamedCodeSystem read(JsonParser json) throws IOException {
    NotStreamable.unless(json.nextToken() == JsonToken.START_OBJECT);
    ObjectNode metadata = TREE.createObjectNode();
    List<ConceptParts> concepts = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      if (name.equals("concept")) {
        NotStreamable.unless(concepts == null);
        concepts = new ConceptJsonReader(json).concepts();
      } else {
        NotStreamable.unless(!metadata.has(name));
        metadata.set(name, TREE.readTree(json));
      }
    }
    NotStreamable.unless(
        json.nextToken() == null
            && concepts != null
            && "CodeSystem".equals(metadata.path("resourceType").asText()));
    IParser parser = fhir.get().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    String metadataJson = metadata.toString();
    CodeSystem resource = parser.parseResource(CodeSystem.class, metadataJson);
    return new StreamedCodeSystem(resource, concepts, metadataJson);
  }
}
