package org.cptx.content.importer;

import java.nio.file.Path;

/**
 * One import: the AMA release folder, the optional CMS files (null when not given), the CPT
 * version, the output folder, the folder holding the shipped CMS indicator code systems, the CMS
 * release name for the supplement, and the optional code lists that set {@code telemedicine} and
 * {@code orthopox} (null when not given), and whether it is a dry run (read and check everything,
 * write nothing).
 */
public record ImportOptions(
    Path ama,
    Path cmsRvu,
    Path hcpcs,
    Path mue,
    String version,
    Path out,
    Path resources,
    String cmsVersion,
    Path telemedicine,
    Path orthopox,
    boolean dryRun) {

  /** An import that writes. */
  public ImportOptions(
      Path ama,
      Path cmsRvu,
      Path hcpcs,
      Path mue,
      String version,
      Path out,
      Path resources,
      String cmsVersion,
      Path telemedicine,
      Path orthopox) {
    this(
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
        false);
  }

  /** An import without code lists. */
  public ImportOptions(
      Path ama,
      Path cmsRvu,
      Path hcpcs,
      Path mue,
      String version,
      Path out,
      Path resources,
      String cmsVersion) {
    this(ama, cmsRvu, hcpcs, mue, version, out, resources, cmsVersion, null, null, false);
  }

  /**
   * The CMS release name when none is given: RVU + the version's last two digits + A (2026 ->
   * RVU26A).
   */
  public String cmsRelease() {
    if (cmsVersion != null) {
      return cmsVersion;
    }
    return "RVU"
        + (version.length() >= 2 ? version.substring(version.length() - 2) : version)
        + "A";
  }
}
