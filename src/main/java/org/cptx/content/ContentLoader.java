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
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cptx.content.stream.CodeSystemStreamReader;
import org.cptx.terminology.codesystem.CodeSystemSource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Reads folders of FHIR resources (one resource per .json or .xml file) into a {@link LoadedContent}. Any broken
 * file stops the load with a {@link ContentException} naming the file: content is served whole or not at all.
 */
public final class ContentLoader {

  /** JSON files larger than this are first offered to the streaming CodeSystem reader. */
  public static final long STREAM_THRESHOLD = 1_000_000;

  private final FhirContext fhir;
  private final long streamThreshold;

  public ContentLoader(FhirContext fhir) {
    this(fhir, STREAM_THRESHOLD);
  }

  /** @param streamThreshold the size from which JSON files are streamed ({@code Long.MAX_VALUE}: never) */
  public ContentLoader(FhirContext fhir, long streamThreshold) {
    this.fhir = fhir;
    this.streamThreshold = streamThreshold;
  }

  /** Parses the files in parallel; the first broken file, in folder and name order, stops the load. */
  public LoadedContent load(List<Path> folders) {
    List<Path> files = new ArrayList<>();
    folders.forEach(folder -> files.addAll(files(folder)));
    Object[] parsed = new Object[files.size()];
    IntStream.range(0, files.size()).parallel().forEach(i -> parsed[i] = tryRead(files.get(i)));
    List<SourcedResource> resources = new ArrayList<>();
    for (Object p : parsed) {
      if (p instanceof RuntimeException e) {
        throw e;
      }
      resources.add((SourcedResource) p);
    }
    return new ContentAssembler(resources, this).assemble();
  }

  private Object tryRead(Path file) {
    try {
      return read(file);
    } catch (RuntimeException e) {
      return e;
    }
  }

  private SourcedResource read(Path file) {
    if (file.toString().endsWith(".json") && size(file) > streamThreshold) {
      Optional<CodeSystemSource> streamed = new CodeSystemStreamReader(fhir).read(file);
      if (streamed.isPresent()) {
        return new SourcedResource(file, streamed.get().resource(), streamed.get());
      }
    }
    return new SourcedResource(file, parse(file), null);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new ContentException(file, "cannot be read: " + e.getMessage(), e);
    }
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

  /** Parses one file with HAPI into the full resource. */
  MetadataResource parse(Path file) {
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

  /**
   * A resource and the file it came from, for error messages.
   *
   * @param streamed for a streamed CodeSystem, its concepts (the resource then holds none); else null
   */
  record SourcedResource(Path file, MetadataResource resource, CodeSystemSource streamed) {}
}
