package org.cptx.content;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Reads folders of FHIR resources (one resource per .json or .xml file) into a {@link LoadedContent}. Any broken
 * file stops the load with a {@link ContentException} naming the file: content is served whole or not at all.
 */
public final class ContentLoader {

  private final FhirContext fhir;

  public ContentLoader(FhirContext fhir) {
    this.fhir = fhir;
  }

  public LoadedContent load(List<Path> folders) {
    List<SourcedResource> resources = new ArrayList<>();
    for (Path folder : folders) {
      for (Path file : files(folder)) {
        resources.add(new SourcedResource(file, parse(file)));
      }
    }
    return new ContentAssembler(resources).assemble();
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new ContentException(folder, "not a folder of FHIR resources");
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".json") || f.getFileName().toString().endsWith(".xml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ContentException(folder, "cannot be listed: " + e.getMessage(), e);
    }
  }

  private MetadataResource parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ContentException(file, "cannot be read: " + e.getMessage(), e);
    }
    IParser parser = file.toString().endsWith(".json") ? fhir.newJsonParser() : fhir.newXmlParser();
    parser.setParserErrorHandler(new StrictErrorHandler());
    IBaseResource resource;
    try {
      resource = parser.parseResource(text);
    } catch (DataFormatException | IllegalArgumentException e) {
      throw new ContentException(file, "is not a valid FHIR resource: " + e.getMessage(), e);
    }
    if (!(resource instanceof MetadataResource metadata)
        || !List.of("CodeSystem", "ValueSet", "ConceptMap").contains(resource.fhirType())) {
      throw new ContentException(file, "holds a " + resource.fhirType()
          + "; a content folder holds only CodeSystem, ValueSet and ConceptMap resources");
    }
    return metadata;
  }

  /** A resource and the file it came from, for error messages. */
  record SourcedResource(Path file, MetadataResource resource) {}
}
