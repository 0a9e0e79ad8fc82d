package org.cptx.content.importer;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Writes resources into a temporary folder beside the output folder and moves them into place only when every one
 * is written: a failed import leaves the output folder as it was.
 */
final class OutputFolder {

  private OutputFolder() {}

  static List<Path> write(Path out, List<MetadataResource> resources, FhirContext fhir) {
    Path target = out.toAbsolutePath().normalize();
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".import-");
      for (MetadataResource r : resources) {
        Path file = temp.resolve(r.fhirType() + "-" + r.getIdElement().getIdPart() + ".json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          fhir.newJsonParser().encodeResourceToWriter(r, w);
        }
      }
      return moveIntoPlace(temp, target);
    } catch (IOException e) {
      throw new ImportException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static List<Path> moveIntoPlace(Path temp, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      try (Stream<Path> files = Files.list(target)) {
        return files.sorted().toList();
      }
    }
    List<Path> written;
    try (Stream<Path> files = Files.list(temp)) {
      written = files.sorted().toList();
    }
    for (Path f : written) {
      Files.move(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
    return written.stream().map(f -> target.resolve(f.getFileName())).toList();
  }

  static void deleteQuietly(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a leftover hidden temp folder is harmless
    }
  }
}
