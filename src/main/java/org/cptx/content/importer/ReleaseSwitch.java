package org.cptx.content.importer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * The layout that makes an import all or nothing: {@code --out} is a symbolic link to a release
 * folder in {@code .<out>.cptx-releases/} beside it. A new release is written into a folder of its
 * own there, and a new link, made beside {@code --out}, is renamed over it: one atomic rename
 * switches from the old release to the new one, so whenever the import stops, {@code --out} names a
 * whole release. The next import removes what a stopped one left (unfinished release folders, the
 * spare link, releases older than the previous one, hidden {@code .<out>.import-*} folders of
 * earlier versions). A plain {@code --out} folder (an earlier cptx's output, or an empty folder) is
 * first moved into the releases folder as {@code plain-previous}; if the import stops before the
 * link replaces it, the next import moves it back.
 */
final class ReleaseSwitch {

  static final String PLAIN_PREVIOUS = "plain-previous";

  /** Files an import writes; a plain --out folder holding anything else is not replaced. */
  private static final Pattern WRITTEN =
      Pattern.compile("(CodeSystem|ConceptMap|ValueSet)-[A-Za-z0-9.\\-]+\\.json");

  private final Path out;
  private final Path releases;
  private final Path spareLink;
  private final Path previousLink;
  private final String name;

  ReleaseSwitch(Path out) {
    this.out = out.toAbsolutePath().normalize();
    this.name = this.out.getFileName().toString();
    this.releases = this.out.resolveSibling("." + name + ".cptx-releases");
    this.spareLink = this.out.resolveSibling("." + name + ".cptx-link");
    this.previousLink = this.out.resolveSibling("." + name + ".cptx-previous");
  }

  Path releases() {
    return releases;
  }

  /**
   * Fails unless --out is absent, a link into the releases folder, or a folder holding only
   * imported files.
   */
  void check() throws IOException {
    if (Files.isSymbolicLink(out)) {
      Path target = Files.readSymbolicLink(out);
      if (!out.resolveSibling(target).normalize().getParent().equals(releases)) {
        throw new ImportException(
            out + ": is a link to " + target + ", not to a release in " + releases.getFileName());
      }
    } else if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(out)) {
        for (Path f : files) {
          if (!WRITTEN.matcher(f.getFileName().toString()).matches() || !Files.isRegularFile(f)) {
            throw new ImportException(
                out
                    + ": holds "
                    + f.getFileName()
                    + ", which no import wrote; an import"
                    + " replaces the whole folder, so give an empty or new folder");
          }
        }
      }
    } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new ImportException(out + ": is not a folder");
    }
  }

  /**
   * Undoes a stopped first switch, then removes everything but the release --out names and the one
   * it named before (kept for a server still running on it: a server resolves --out when it
   * starts).
   */
  void removeLeftovers() throws IOException {
    Path plain = releases.resolve(PLAIN_PREVIOUS);
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(plain)) {
      Files.move(plain, out, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.deleteIfExists(spareLink);
    Path current = target(out);
    Path previous = target(previousLink);
    if (Files.isDirectory(releases)) {
      try (DirectoryStream<Path> all = Files.newDirectoryStream(releases)) {
        for (Path p : all) {
          if (!p.equals(current) && !p.equals(previous)) {
            OutputFolder.deleteQuietly(p);
          }
        }
      }
    }
    try (DirectoryStream<Path> old =
        Files.newDirectoryStream(out.getParent(), "." + name + ".import-*")) {
      old.forEach(OutputFolder::deleteQuietly);
    }
  }

  /** A new, empty release folder. */
  Path newRelease(String version) throws IOException {
    OutputFolder.createFolder(releases);
    for (int n = 0; ; n++) {
      Path release =
          releases.resolve(version + "-" + System.currentTimeMillis() + (n == 0 ? "" : "-" + n));
      if (!Files.exists(release)) {
        return OutputFolder.createFolder(release);
      }
    }
  }

  /** The release a link names, or null when it is no link. */
  private Path target(Path link) throws IOException {
    return Files.isSymbolicLink(link)
        ? link.resolveSibling(Files.readSymbolicLink(link)).normalize()
        : null;
  }

  /**
   * Points --out at the release with one atomic rename (after moving a plain --out folder aside),
   * then records the release it named before as the previous one.
   */
  void switchTo(Path release) throws IOException {
    Path before = target(out);
    Files.deleteIfExists(spareLink);
    Files.createSymbolicLink(spareLink, out.getParent().relativize(release));
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(out, releases.resolve(PLAIN_PREVIOUS), StandardCopyOption.ATOMIC_MOVE);
      ImportHook.at("plain-moved");
    }
    ImportHook.at("before-switch");
    Files.move(spareLink, out, StandardCopyOption.ATOMIC_MOVE);
    ImportHook.at("after-switch");
    Files.deleteIfExists(previousLink);
    if (before != null) {
      Files.createSymbolicLink(previousLink, out.getParent().relativize(before));
    }
  }

  /** Removes the releases folder when a failed import leaves it empty. */
  void removeIfEmpty() {
    try {
      Files.deleteIfExists(releases);
    } catch (IOException e) {
      // not empty: it holds the release --out names
    }
  }
}
