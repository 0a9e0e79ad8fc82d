package org.cptx;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The jar's packed folders ({@code cptx-builtin/...}) copied out into a folder of this process's
 * own under the temporary folder ({@code rwx------}, a new random name each start), deleted when
 * the JVM exits (and at a later start, when the JVM was killed before it could). Opening the jar as
 * a zip file system instead would index all of its ~46,000 entries (about 5 MB of heap for as long
 * as the server runs, and a tenth of a second of start-up) to serve some fifty files; this reads
 * the jar's directory once, through the JarFile the JVM already has open, and copies only the
 * entries under {@code cptx-builtin/}.
 */
final class PackedFolders {

  private static final String PREFIX = "cptx-builtin/";
  private static final String NAME = "cptx-builtin-";
  private static final Pattern LEFTOVER = Pattern.compile(NAME + "(\\d+)-\\d+");
  private static Path root;

  private PackedFolders() {}

  /**
   * The copy of this packed folder, or null when it cannot be made (no writable temporary folder):
   * the caller then reads it in the jar.
   */
  static synchronized Path folder(URL packed, String name) {
    try {
      if (root == null) {
        root =
            extract(
                ((JarURLConnection) packed.openConnection()).getJarFile(),
                Path.of(System.getProperty("java.io.tmpdir")));
      }
      Path folder = root.resolve(name);
      return Files.isDirectory(folder) ? folder : null;
    } catch (IOException | ClassCastException | SecurityException e) {
      return null;
    }
  }

  static Path extract(JarFile jar, Path temporary) throws IOException {
    removeLeftovers(temporary);
    Path to = Files.createTempDirectory(temporary, NAME + ProcessHandle.current().pid() + "-");
    deleteOnExit(to);
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry entry = entries.nextElement();
      String name = entry.getName();
      if (!name.startsWith(PREFIX) || name.contains("..") || name.contains("\\")) {
        continue;
      }
      Path target = to.resolve(name);
      if (entry.isDirectory()) {
        createFolders(to, target);
        continue;
      }
      createFolders(to, target.getParent());
      try (InputStream in = jar.getInputStream(entry)) {
        Files.copy(in, target);
      }
      if (entry.getLastModifiedTime() != null) {
        // the web app's ETag and Last-Modified stay those of the build, from one start to the next
        Files.setLastModifiedTime(target, entry.getLastModifiedTime());
      }
      deleteOnExit(target);
    }
    return to;
  }

  /**
   * Removes the copies of processes that are gone without deleting theirs (killed with SIGKILL,
   * say): folders named for a process id that no running process has. Others' folders, which this
   * user cannot delete, are left alone.
   */
  static void removeLeftovers(Path temporary) {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(temporary, NAME + "*")) {
      for (Path folder : folders) {
        Matcher m = LEFTOVER.matcher(folder.getFileName().toString());
        if (m.matches()
            && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
            && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
          deleteQuietly(folder);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a leftover costs some 200 KB of the temporary folder
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) { // does not follow links
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // left for the next start
    }
  }

  /** Creates the folders from {@code root} down to {@code folder} that are not there yet. */
  private static void createFolders(Path root, Path folder) throws IOException {
    Path at = root;
    for (Path part : root.relativize(folder)) {
      at = at.resolve(part);
      if (!Files.isDirectory(at)) {
        Files.createDirectory(at);
        deleteOnExit(at);
      }
    }
  }

  /** Registered parents first: the JVM deletes in the reverse order, the files before folders. */
  private static void deleteOnExit(Path path) {
    path.toFile().deleteOnExit();
  }
}
