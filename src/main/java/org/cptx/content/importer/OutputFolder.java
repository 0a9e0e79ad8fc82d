package org.cptx.content.importer;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cptx.content.ContentLoader;
import org.cptx.content.stream.Snapshots;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Writes the resources of an import as a new release folder and switches {@code --out} to it all or
 * nothing ({@link ReleaseSwitch}). Folders are {@code rwxr-x---} and files {@code rw-r-----}: a
 * server running as another user of the group can read them.
 */
final class OutputFolder {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OutputFolder() {}

  static List<Path> write(
      Path out, List<MetadataResource> resources, FhirContext fhir, String version) {
    ReleaseSwitch layout = new ReleaseSwitch(out);
    Path release = null;
    boolean switched = false;
    try {
      layout.check();
      createFolder(out.toAbsolutePath().normalize().getParent());
      layout.removeLeftovers();
      release = layout.newRelease(version);
      List<Path> written = new ArrayList<>();
      for (MetadataResource r : resources) {
        String file = r.fhirType() + "-" + r.getIdElement().getIdPart() + ".json";
        writeFile(release.resolve(file), r, fhir);
        written.add(out.resolve(file));
      }
      writeSnapshots(release, fhir);
      layout.switchTo(release);
      switched = true;
      layout.removeLeftovers();
      return written.stream().sorted().toList();
    } catch (IOException e) {
      throw new ImportException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      if (!switched) {
        deleteQuietly(release);
        layout.removeIfEmpty();
      }
    }
  }

  /**
   * The snapshots of the large code systems (see {@link Snapshots}), made now so that a server that
   * cannot write into its content folder need not parse their JSON at each start.
   */
  private static void writeSnapshots(Path release, FhirContext fhir) throws IOException {
    try (Stream<Path> files = Files.list(release)) {
      for (Path file : files.sorted().toList()) {
        if (file.toString().endsWith(".json")
            && Files.size(file) > ContentLoader.STREAM_THRESHOLD) {
          Snapshots.writeFor(file, () -> fhir);
        }
      }
    }
  }

  private static void writeFile(Path file, MetadataResource r, FhirContext fhir)
      throws IOException {
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Writer w = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
      fhir.newJsonParser().encodeResourceToWriter(r, w);
      w.flush();
      channel.force(true);
    }
    if (POSIX) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    }
  }

  /**
   * Creates a folder (and its parents) readable by the group; an existing folder is left as it is.
   */
  static Path createFolder(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return folder;
    }
    Files.createDirectories(folder);
    if (POSIX) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
    }
    return folder;
  }

  static void deleteQuietly(Path folder) {
    if (folder == null || !Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: the next import removes what is left
    }
  }
}
