package org.cptx;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cptx.content.importer.CptImporter;
import org.cptx.content.importer.ImportException;
import org.cptx.content.importer.ImportOptions;
import org.cptx.content.importer.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cptx import}: AMA release files (and CMS files) -> FHIR resources in a folder the server
 * loads.
 */
@Command(
    name = "import",
    description =
        "Import an AMA CPT release folder (and CMS files, code lists) into FHIR resources for --content.")
public final class ImportCommand implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help and exit")
  boolean help;

  @Option(
      names = "--ama",
      required = true,
      description = "the AMA release folder (LONGULT.txt, MEDU.txt, ...)")
  Path ama;

  @Option(
      names = "--cms-rvu",
      description =
          "the CMS PFS Relative Value File: the csv (PPRRVUyy_*.csv) or the fixed-width txt"
              + " (PPRRVUyy_*.txt), told apart by the extension")
  Path cmsRvu;

  @Option(names = "--hcpcs", description = "the CMS HCPCS Level II file, 320-character records")
  Path hcpcs;

  @Option(names = "--mue", description = "the CMS NCCI practitioner MUE table, csv")
  Path mue;

  @Option(
      names = "--telemedicine",
      description =
          "a list of the codes of CPT Appendix P, one a line: they get"
              + " telemedicine=true, every other code false")
  Path telemedicine;

  @Option(
      names = "--orthopox",
      description =
          "a list of the orthopoxvirus-related codes, one a line: they get"
              + " orthopox=true, every other code false")
  Path orthopox;

  @Option(names = "--version", required = true, description = "the CPT version (year), e.g. 2026")
  String version;

  @Option(
      names = "--cms-version",
      description = "the CMS release of the supplement (default: RVU<yy>A)")
  String cmsVersion;

  @Option(names = "--out", required = true, description = "the folder to write into")
  Path out;

  @Option(
      names = "--dry-run",
      description = "read and check every file, print the summary, write nothing")
  boolean dryRun;

  @Option(
      names = "--resources",
      description = "the folder with the CMS indicator code systems (default: ${DEFAULT-VALUE})")
  Path resources = Path.of("fhir-resources");

  @Override
  public Integer call() {
    long started = System.nanoTime();
    CptImporter importer = new CptImporter(FhirContext.forR4Cached(), Progress.to(System.err));
    try {
      List<Path> written =
          importer.run(
              new ImportOptions(
                  ama,
                  cmsRvu,
                  hcpcs,
                  mue,
                  version,
                  out,
                  resources,
                  cmsVersion,
                  telemedicine,
                  orthopox,
                  dryRun));
      importer.summary().lines().forEach(System.err::println);
      written.forEach(f -> System.out.println("wrote " + f));
      System.err.println(
          (dryRun ? "dry run done (nothing written) in " : "import done in ")
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
      return 0;
    } catch (ImportException e) {
      System.err.println("cptx import: " + e.getMessage());
      System.err.println("cptx import: nothing written to " + out);
      return 1;
    }
  }
}
