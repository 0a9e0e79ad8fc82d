package org.cptx.content.stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * Snapshots of streamed code systems: a compact binary copy of what {@link CodeSystemStreamReader}
 * read from a large JSON file, kept beside it as {@code .NAME.cptx-snapshot}, so that the next
 * start reads that instead of parsing the JSON. The JSON stays the source of truth.
 *
 * <p>A snapshot holds the key of the file it was made from: its size, modification time and
 * CRC-32C, and the build of cptx that wrote it (the jar's size and time). It is used only when the
 * key still matches and its own CRC-32C checks and it decodes whole; anything else (stale,
 * truncated, damaged, another format) makes the caller read the JSON and write a new one. A
 * snapshot is written only into a folder of the default file system that is writable, through a
 * temporary file moved into place, so a reader never sees half of one.
 */
public final class Snapshots {

  static final int FORMAT = 1;
  private static final long MAGIC = 0x4350_5458_534E_4150L; // "CPTXSNAP"
  private static final String SUFFIX = ".cptx-snapshot";

  private final Supplier<FhirContext> fhir;

  public Snapshots(Supplier<FhirContext> fhir) {
    this.fhir = fhir;
  }

  /**
   * Writes the snapshot of this file when it is a code system the streaming reader reads: the
   * importer does so for the files it writes, so that a server whose content folder is read-only
   * finds them made.
   *
   * @return whether one was written
   */
  public static boolean writeFor(Path file, Supplier<FhirContext> fhir) {
    SnapshotKey key = SnapshotKey.ofOrNull(file);
    return key != null
        && new CodeSystemStreamReader(fhir)
            .read(file)
            .map(cs -> new Snapshots(fhir).write(file, key, cs) == null)
            .orElse(false);
  }

  /** Where the snapshot of this file is (or would be). */
  public static Path of(Path source) {
    return source.resolveSibling("." + source.getFileName() + SUFFIX);
  }

  /** What a look for a snapshot found: the code system, or why there is none to use. */
  public record Found(StreamedCodeSystem codeSystem, String problem) {

    /** Whether this problem is a damaged or unreadable snapshot (not a missing or stale one). */
    public static boolean damaged(String problem) {
      return problem != null && (problem.startsWith(DAMAGED) || problem.startsWith(UNREADABLE));
    }
  }

  private static final String DAMAGED = "snapshot is damaged";
  private static final String UNREADABLE = "snapshot cannot be read";

  /** The code system from this file's snapshot, or why that cannot be used. */
  public Found read(Path source, SnapshotKey key) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(of(source));
    } catch (NoSuchFileException e) {
      return new Found(null, "no snapshot");
    } catch (IOException e) {
      return new Found(null, UNREADABLE + ": " + e.getMessage());
    }
    try {
      ByteBuffer in = checked(bytes);
      if (!key.equals(SnapshotKey.read(in))) {
        return new Found(null, "snapshot is stale");
      }
      SnapshotReader.Decoded decoded = SnapshotReader.decode(in.slice());
      CodeSystem resource =
          fhir.get()
              .newJsonParser()
              .setParserErrorHandler(new StrictErrorHandler())
              .parseResource(CodeSystem.class, decoded.metadataJson());
      return new Found(
          new StreamedCodeSystem(resource, decoded.concepts(), decoded.metadataJson()), null);
    } catch (SnapshotReader.CorruptSnapshot | DataFormatException e) {
      return new Found(null, DAMAGED + " (" + e.getMessage() + ")");
    }
  }

  /** The bytes after the magic and format, once the whole file's CRC-32C is checked. */
  private static ByteBuffer checked(byte[] bytes) {
    if (bytes.length < 16) {
      throw new SnapshotReader.CorruptSnapshot("too short");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
      throw new SnapshotReader.CorruptSnapshot("its checksum does not match");
    }
    if (in.getLong() != MAGIC || in.getInt() != FORMAT) {
      throw new SnapshotReader.CorruptSnapshot("not a snapshot of this format");
    }
    return in;
  }

  /**
   * Writes this file's snapshot, when its folder is writable, unless the file changed while it was
   * read (its key now differs from {@code key}).
   *
   * @return why none was written, or null
   */
  public String write(Path source, SnapshotKey key, StreamedCodeSystem codeSystem) {
    Path target = of(source);
    if (source.getFileSystem() != FileSystems.getDefault()
        || !Files.isWritable(target.getParent())) {
      return "the folder is not writable";
    }
    Path temporary =
        target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid());
    try {
      byte[] body = SnapshotWriter.body(codeSystem.metadataJson(), codeSystem.concepts());
      if (!key.equals(SnapshotKey.of(source))) {
        return "the file changed while it was read";
      }
      createLike(temporary, source);
      writeFile(temporary, key, body);
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return null;
    } catch (IOException | NotStreamable e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // nothing more to do
      }
      return "not written: " + e;
    }
  }

  /**
   * Creates the file with the source's permissions, so that a snapshot of licensed content is
   * readable by no one the JSON is not readable by.
   */
  private static void createLike(Path file, Path source) throws IOException {
    Files.deleteIfExists(file);
    if (Files.getFileStore(source).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(Files.getPosixFilePermissions(source)));
    } else {
      Files.createFile(file);
    }
  }

  private static void writeFile(Path file, SnapshotKey key, byte[] body) throws IOException {
    CRC32C crc = new CRC32C();
    try (OutputStream os = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING);
        DataOutputStream out =
            new DataOutputStream(new java.io.BufferedOutputStream(os, 1 << 16))) {
      java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
      DataOutputStream h = new DataOutputStream(head);
      h.writeLong(MAGIC);
      h.writeInt(FORMAT);
      key.write(h);
      h.flush();
      byte[] header = head.toByteArray();
      crc.update(header);
      crc.update(body);
      out.write(header);
      out.write(body);
      out.writeInt((int) crc.getValue());
    }
  }
}
