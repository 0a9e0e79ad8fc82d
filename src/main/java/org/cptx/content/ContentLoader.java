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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cptx.content.stream.CodeSystemStreamReader;
import org.cptx.content.stream.SnapshotKey;
import org.cptx.content.stream.Snapshots;
import org.cptx.content.stream.StreamedCodeSystem;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads folders of FHIR resources (one resource per .json or .xml file) into a {@link
 * LoadedContent}. Any broken file stops the load with a {@link ContentException} naming the file:
 * content is served whole or not at all.
 */
public final class ContentLoader {

  /** JSON files larger than this are first offered to the streaming CodeSystem reader. */
  public static final long STREAM_THRESHOLD = 1_000_000;

  private final Supplier<FhirContext> fhir;
  private final long streamThreshold;
  private final Snapshots snapshots;

  public ContentLoader(FhirContext fhir) {
    this(fhir, STREAM_THRESHOLD);
  }

  /**
   * @param streamThreshold the size from which JSON files are streamed ({@code Long.MAX_VALUE}:
   *     never)
   */
  public ContentLoader(FhirContext fhir, long streamThreshold) {
    this(() -> fhir, streamThreshold);
  }

  /**
   * A loader that asks for HAPI's context only when it first needs it (for a file HAPI parses, or
   * the metadata at the end of a streamed one), so that large files start streaming while the
   * context is still being made. It uses no logging before it has the context.
   */
  public ContentLoader(Supplier<FhirContext> fhir) {
    this(fhir, STREAM_THRESHOLD);
  }

  private ContentLoader(Supplier<FhirContext> fhir, long streamThreshold, Snapshots snapshots) {
    this.fhir = fhir;
    this.streamThreshold = streamThreshold;
    this.snapshots = snapshots;
  }

  private ContentLoader(Supplier<FhirContext> fhir, long streamThreshold) {
    this(fhir, streamThreshold, null);
  }

  /**
   * This loader, reading each streamed file from its snapshot when that is fresh, and writing one
   * beside the file (when the folder is writable) when it is missing, stale or damaged ({@link
   * Snapshots}).
   */
  public ContentLoader withSnapshots() {
    return new ContentLoader(fhir, streamThreshold, new Snapshots(fhir));
  }

  /**
   * Parses the files in parallel, the largest first (so that one large file does not start last and
   * hold up the whole load); the first broken file, in folder and name order, stops the load.
   */
  public LoadedContent load(List<Path> folders) {
    List<Path> files = new ArrayList<>();
    folders.forEach(folder -> files.addAll(files(folder)));
    long started = System.nanoTime();
    Object[] parsed = parseAll(files);
    times()
        .debug(
            "content: {} files parsed in {} ms",
            files.size(),
            (System.nanoTime() - started) / 1_000_000);
    List<SourcedResource> resources = new ArrayList<>();
    for (Object p : parsed) {
      if (p instanceof RuntimeException e) {
        throw e;
      }
      resources.add((SourcedResource) p);
    }
    started = System.nanoTime();
    LoadedContent content = new ContentAssembler(resources, this).assemble();
    times().debug("content: indexed in {} ms", (System.nanoTime() - started) / 1_000_000);
    return content;
  }

  /**
   * Each file's resource, or the RuntimeException reading it threw, in the order of {@code files}.
   */
  private Object[] parseAll(List<Path> files) {
    long[] sizes = files.stream().mapToLong(ContentLoader::sizeOrZero).toArray();
    List<Integer> largestFirst =
        IntStream.range(0, files.size())
            .boxed()
            .sorted(Comparator.comparingLong((Integer i) -> sizes[i]).reversed())
            .toList();
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "cptx-content");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Object>> futures = new ArrayList<>(Collections.nCopies(files.size(), null));
      for (int i : largestFirst) {
        futures.set(i, pool.submit(() -> tryRead(files.get(i))));
      }
      Object[] parsed = new Object[files.size()];
      for (int i = 0; i < parsed.length; i++) {
        parsed[i] = result(futures.get(i));
      }
      return parsed;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Object result(Future<Object> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading content", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // read() reports it, in its turn
    }
  }

  /**
   * The start-up timings logger (see logback.xml). It is looked up only once the loader has asked
   * for HAPI's context: a server may start loading before it has set up logging, and make the
   * context wait for that.
   */
  private Logger times() {
    fhir.get();
    return LoggerFactory.getLogger("org.cptx.startup");
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
      long started = System.nanoTime();
      SnapshotKey key = snapshots == null ? null : SnapshotKey.ofOrNull(file);
      String problem = null;
      if (key != null) {
        Snapshots.Found found = snapshots.read(file, key);
        if (found.codeSystem() != null) {
          times()
              .debug(
                  "content: {} read from its snapshot in {} ms",
                  file.getFileName(),
                  since(started));
          return new SourcedResource(file, found.codeSystem().resource(), found.codeSystem());
        }
        problem = found.problem();
      }
      Optional<StreamedCodeSystem> streamed = new CodeSystemStreamReader(fhir).read(file);
      if (streamed.isPresent()) {
        times().debug("content: {} streamed in {} ms", file.getFileName(), since(started));
        if (key != null) {
          writeSnapshot(file, key, streamed.get(), problem);
        }
        return new SourcedResource(file, streamed.get().resource(), streamed.get());
      }
    }
    return new SourcedResource(file, parse(file), null);
  }

  private static long since(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private void writeSnapshot(Path file, SnapshotKey key, StreamedCodeSystem cs, String problem) {
    String notWritten = snapshots.write(file, key, cs);
    String outcome =
        notWritten == null
            ? "wrote " + Snapshots.of(file).getFileName()
            : "none written: " + notWritten;
    times();
    Logger log = LoggerFactory.getLogger(ContentLoader.class);
    if (Snapshots.Found.damaged(problem)) {
      log.warn("content: {}: {}; read the JSON instead, {}", file, problem, outcome);
    } else {
      log.info("content: {}: {}; read the JSON, {}", file, problem, outcome);
    }
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
          .filter(
              f ->
                  f.getFileName().toString().endsWith(".json")
                      || f.getFileName().toString().endsWith(".xml"))
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
    IParser parser =
        file.toString().endsWith(".json") ? fhir.get().newJsonParser() : fhir.get().newXmlParser();
    parser.setParserErrorHandler(new StrictErrorHandler());
    IBaseResource resource;
    try {
      resource = parser.parseResource(text);
    } catch (DataFormatException | IllegalArgumentException e) {
      throw new ContentException(file, "is not a valid FHIR resource: " + e.getMessage(), e);
    }
    if (!(resource instanceof MetadataResource metadata)
        || !List.of("CodeSystem", "ValueSet", "ConceptMap").contains(resource.fhirType())) {
      throw new ContentException(
          file,
          "holds a "
              + resource.fhirType()
              + "; a content folder holds only CodeSystem, ValueSet and ConceptMap resources");
    }
    return metadata;
  }

  /**
   * A resource and the file it came from, for error messages.
   *
   * @param streamed for a streamed CodeSystem, its concepts (the resource then holds none); else
   *     null
   */
  record SourcedResource(Path file, MetadataResource resource, StreamedCodeSystem streamed) {}
}
