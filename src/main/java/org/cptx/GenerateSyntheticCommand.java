package org.cptx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cptx.content.importer.synthetic.SyntheticRelease;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cptx generate-synthetic}: invented release files in the AMA and CMS layouts, for tests and
 * measurements.
 */
@Command(
    name = "generate-synthetic",
    mixinStandardHelpOptions = true,
    description = "Write synthetic (invented) AMA and CMS release files in the real layouts.")
public final class GenerateSyntheticCommand implements Callable<Integer> {

  @Option(
      names = "--out",
      required = true,
      description = "the folder to write (ama/ and cms/ inside)")
  Path out;

  @Option(names = "--codes", description = "number of active codes (default: ${DEFAULT-VALUE})")
  int codes = 11_000;

  @Option(
      names = "--seed",
      description = "random seed; the same seed gives the same files (default: ${DEFAULT-VALUE})")
  long seed = 2026;

  @Override
  public Integer call() throws IOException {
    SyntheticRelease.Summary s = new SyntheticRelease(codes, seed).write(out);
    System.out.println("wrote " + out + ": " + s);
    return 0;
  }
}
