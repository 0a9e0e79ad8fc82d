package org.cptx.content.importer.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.cptx.content.importer.synthetic.SyntheticCodes.Code;

/**
 * A synthetic AMA + CMS release: {@code ama/} (LONGULT.txt, LONGUT.txt, MEDU.txt, SHORTU.txt,
 * ConsumerDescriptor.txt, ClinicianDescriptor.txt, MODUL.txt, History_DTK_tab.txt,
 * Deleted_DTK_tab.txt) and {@code cms/} (PPRRVU csv and the same rows as fixed-width txt, HCPCS
 * records, MUE csv) and {@code lists/} (telemedicine and orthopox code lists). Invented codes and
 * texts, the same files for the same seed and size.
 */
public final class SyntheticRelease {

  private final int codes;
  private final long seed;

  public SyntheticRelease(int codes, long seed) {
    this.codes = codes;
    this.seed = seed;
  }

  /** What was written. */
  public record Summary(
      int codes,
      int deleted,
      int modifiers,
      int clinicianRows,
      int historyRows,
      int rvuRows,
      int mueRows,
      int hcpcsModifiers,
      int telemedicineCodes,
      int orthopoxCodes) {}

  public Summary write(Path out) throws IOException {
    Path ama = Files.createDirectories(out.resolve("ama"));
    Path cms = Files.createDirectories(out.resolve("cms"));
    Path lists = Files.createDirectories(out.resolve("lists"));
    Random random = new Random(seed);
    List<Code> active = SyntheticCodes.active(codes, random);
    Set<String> activeCodes = active.stream().map(Code::code).collect(Collectors.toSet());
    List<String> deleted =
        SyntheticCodes.deleted(Math.max(1, codes * 3 / 100), activeCodes, random);
    SyntheticAmaFiles amaFiles = new SyntheticAmaFiles(ama);
    amaFiles.descriptors(active);
    int clinician = amaFiles.consumerAndClinician(active);
    amaFiles.modifiers();
    int history = amaFiles.history(active, deleted, random);
    amaFiles.deleted(deleted, active, random);
    SyntheticCmsFiles cmsFiles = new SyntheticCmsFiles(cms, random);
    int rvu = cmsFiles.rvu(active);
    int mue = cmsFiles.mue(active);
    int hcpcs = cmsFiles.hcpcs(SyntheticModifiers.LEVEL_TWO);
    SyntheticCodeLists codeLists = new SyntheticCodeLists(lists, seed);
    int telemedicine = codeLists.telemedicine(active);
    int orthopox = codeLists.orthopox(active);
    int modifiers =
        (int)
            java.util.stream.Stream.of(
                    SyntheticModifiers.GENERAL,
                    SyntheticModifiers.PHYSICAL_STATUS,
                    SyntheticModifiers.LEVEL_ONE,
                    SyntheticModifiers.CATEGORY_TWO,
                    SyntheticModifiers.LEVEL_TWO)
                .flatMap(List::stream)
                .distinct()
                .count();
    return new Summary(
        active.size(),
        deleted.size(),
        modifiers,
        clinician,
        history,
        rvu,
        mue,
        hcpcs,
        telemedicine,
        orthopox);
  }
}
