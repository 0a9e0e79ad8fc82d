package org.cptx.content.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One release file as lines, read whole (UTF-8, or Windows-1252 when the bytes are not UTF-8), with
 * the error and progress helpers every reader uses. Indexes are 0-based; messages use 1-based line
 * numbers.
 */
public final class SourceFile {

  private final Path file;
  private final List<String> lines;
  private final Progress progress;
  private int entries;
  private int skipped;

  private SourceFile(Path file, List<String> lines, Progress progress) {
    this.file = file;
    this.lines = lines;
    this.progress = progress;
  }

  public static SourceFile read(Path file, Progress progress) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImportException(file + ": cannot be read: " + e.getMessage(), e);
    }
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = text.lines().toList();
    progress.start(file.getFileName().toString(), lines.size());
    return new SourceFile(file, lines, progress);
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  public Path path() {
    return file;
  }

  public int size() {
    return lines.size();
  }

  public String line(int index) {
    progress.at(index + 1);
    return lines.get(index);
  }

  public boolean isBlank(int index) {
    return lines.get(index).isBlank();
  }

  public ImportException error(int index, String reason) {
    return ImportException.at(file, index + 1, reason);
  }

  /** Counts one entry (row, record, modifier) taken from the file. */
  void taken() {
    entries++;
  }

  /** Counts notice, header or prose lines skipped. */
  void skipped(int lines) {
    skipped += lines;
  }

  /** Entries taken so far. */
  public int entries() {
    return entries;
  }

  /** Notice, header and prose lines skipped so far. */
  public int skippedLines() {
    return skipped;
  }

  Progress progress() {
    return progress;
  }
}
