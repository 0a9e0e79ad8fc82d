package org.cptx.content.stream;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * What a snapshot was made from: the source file's size, modification time (ms) and CRC-32C, and
 * the cptx build that made it. A snapshot is used only while all four still match.
 */
public record SnapshotKey(long size, long modified, int crc, String build) {

  /** The key of this file as it is now, for this build. */
  public static SnapshotKey of(Path source) throws IOException {
    long size = Files.size(source);
    long modified = Files.getLastModifiedTime(source).toMillis();
    CRC32C crc = new CRC32C();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(source)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        crc.update(buffer, 0, n);
      }
    }
    return new SnapshotKey(size, modified, (int) crc.getValue(), Build.STAMP);
  }

  /** The key of this file, or null when it cannot be read (reading the JSON then reports it). */
  public static SnapshotKey ofOrNull(Path source) {
    try {
      return of(source);
    } catch (IOException e) {
      return null;
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeLong(size);
    out.writeLong(modified);
    out.writeInt(crc);
    SnapshotWriter.writeText(out, build);
  }

  static SnapshotKey read(ByteBuffer in) {
    try {
      long size = in.getLong();
      long modified = in.getLong();
      int crc = in.getInt();
      int length = in.getInt();
      if (length < 0 || length > 1000) {
        throw new SnapshotReader.CorruptSnapshot("a build stamp out of range");
      }
      byte[] build = new byte[length];
      in.get(build);
      return new SnapshotKey(size, modified, crc, new String(build, StandardCharsets.UTF_8));
    } catch (BufferUnderflowException e) {
      throw new SnapshotReader.CorruptSnapshot("its header is cut short");
    }
  }

  /**
   * The running cptx build: the size and time of the jar its classes come from (a rebuilt jar makes
   * every snapshot stale, whatever changed in the code that reads the JSON), or {@code classes}.
   */
  static final class Build {
    static final String STAMP = stamp();

    private Build() {}

    private static String stamp() {
      try {
        Path code =
            Path.of(Snapshots.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(code)) {
          return "jar " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        }
      } catch (Exception e) {
        // no usable location: fall through
      }
      return "classes " + Snapshots.FORMAT;
    }
  }
}
