package org.cptx.content.importer;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptx.content.importer.FixedWidthDescriptorReader.Width;
import org.cptx.content.importer.HcpcsModifierReader.Modifier;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Reads an AMA release folder, optional CMS files and optional code lists (telemedicine, orthopox),
 * builds the CPT CodeSystem, the CMS supplement, the HCPCS modifiers with their HCPCS <-> CPT
 * ConceptMap, and the deleted-code ConceptMap, and writes them all or nothing.
 */
public final class CptImporter {

  static final String[] INDICATORS = {
    "pfs-status",
    "pctc-indicator",
    "global-days",
    "multiple-procedure",
    "bilateral-surgery",
    "assistant-surgeon",
    "co-surgeons",
    "team-surgery",
    "physician-supervision",
    "diagnostic-imaging-family",
    "mue-adjudication-indicator"
  };

  private final FhirContext fhir;
  private final Progress progress;
  private ImportSummary summary = new ImportSummary();

  public CptImporter(FhirContext fhir, Progress progress) {
    this.fhir = fhir;
    this.progress = progress;
  }

  /** What the last run read (filled as it reads; whole once it returns). */
  public ImportSummary summary() {
    return summary;
  }

  /** Runs the import; returns the files written (none for a dry run). */
  public List<Path> run(ImportOptions options) {
    summary = new ImportSummary();
    checkOut(options.out());
    CptRelease release = readAma(options.ama());
    flag(release, "telemedicine", options.telemedicine());
    flag(release, "orthopox", options.orthopox());
    List<MetadataResource> resources = new ArrayList<>();
    resources.add(CptCodeSystemBuilder.build(release, options.version()));
    if (!release.replacements.isEmpty()) {
      resources.add(ReplacementMapBuilder.build(release, options.version()));
    }
    if (options.cmsRvu() != null || options.mue() != null) {
      CmsValues cms = readCms(options, release.codes.keySet());
      resources.add(CmsSupplementBuilder.build(cms, options.version(), options.cmsRelease()));
    }
    if (options.hcpcs() != null) {
      Map<String, Modifier> modifiers = HcpcsModifierReader.read(source(options.hcpcs()));
      resources.add(HcpcsCodeSystemBuilder.build(modifiers.values(), options.version()));
      ConceptMap shared = HcpcsModifierMapBuilder.build(release, modifiers, options.version());
      if (shared != null) {
        resources.add(shared);
      } else {
        progress.note(
            "no CPT modifier of kind hcpcs is in "
                + options.hcpcs().getFileName()
                + "; the HCPCS <-> CPT modifier map is not written");
      }
    }
    summary.release(release);
    return options.dryRun()
        ? List.of()
        : OutputFolder.write(options.out(), resources, fhir, options.version());
  }

  private static void checkOut(Path out) {
    try {
      new ReleaseSwitch(out).check();
    } catch (java.io.IOException e) {
      throw new ImportException(out + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the AMA files of a release folder (History, Deleted, Consumer and Clinician files are
   * optional).
   */
  public CptRelease readAma(Path folder) {
    CptRelease release = new CptRelease();
    LongDescriptorReader.readDisplays(source(required(folder, "LONGULT.txt")), release.codes);
    LongDescriptorReader.readUpper(source(required(folder, "LONGUT.txt")), release.codes);
    FixedWidthDescriptorReader.read(
        source(required(folder, "MEDU.txt")), release.codes, Width.MEDIUM);
    FixedWidthDescriptorReader.read(
        source(required(folder, "SHORTU.txt")), release.codes, Width.SHORT);
    optional(
        folder, "ConsumerDescriptor.txt", f -> ConsumerDescriptorReader.read(f, release.codes));
    optional(
        folder, "ClinicianDescriptor.txt", f -> ClinicianDescriptorReader.read(f, release.codes));
    ModifierReader.read(source(required(folder, "MODUL.txt")), release.modifiers);
    optional(folder, "Deleted_DTK_tab.txt", f -> DeletedCodeReader.read(f, release));
    optional(
        folder,
        "History_DTK_tab.txt",
        f -> {
          int unknown = HistoryReader.read(f, release);
          if (unknown > 0) {
            progress.note(
                "History_DTK_tab.txt: skipped " + unknown + " rows for codes not in this release");
          }
        });
    return release;
  }

  /**
   * Sets a boolean property (true for the codes the list names, false for the others) when a list
   * is given.
   */
  private void flag(CptRelease release, String property, Path list) {
    if (list != null) {
      Set<String> codes = CodeListReader.read(source(list), release.codes);
      release.flags.put(property, codes);
      progress.note(list.getFileName() + ": " + property + "=true on " + codes.size() + " codes");
    }
  }

  private CmsValues readCms(ImportOptions options, Set<String> codes) {
    CmsIndicators indicators = CmsIndicators.load(options.resources(), fhir, INDICATORS);
    CmsValues values = new CmsValues();
    if (options.cmsRvu() != null) {
      RvuReader.read(source(options.cmsRvu()), codes, indicators, values);
    }
    if (options.mue() != null) {
      MueReader.read(source(options.mue()), codes, indicators, values);
    }
    return values;
  }

  private SourceFile source(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file + ": no such file");
    }
    SourceFile source = SourceFile.read(file, progress);
    summary.file(source);
    return source;
  }

  private static Path required(Path folder, String name) {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new ImportException(folder + ": the AMA release folder has no " + name);
    }
    return file;
  }

  private void optional(Path folder, String name, java.util.function.Consumer<SourceFile> reader) {
    Path file = folder.resolve(name);
    if (Files.isRegularFile(file)) {
      reader.accept(source(file));
    } else {
      progress.note(name + ": not in " + folder + "; skipped");
    }
  }
}
