package org.cptx.content.importer;

import java.nio.file.Path;

/**
 * One import: the AMA release folder, the optional CMS files (null when not given), the CPT version, the output
 * folder, the folder holding the shipped CMS indicator code systems, the CMS release name for the supplement, and
 * the optional code lists that set {@code telemedicine} and {@code orthopox} (null when not given).
 */
public record ImportOptions(Path ama, Path cmsRvu, Path hcpcs, Path mue, String version, Path out, Path resources,
    String cmsVersion, Path telemedicine, Path orthopox) {

  /** An import without code lists. */
  public ImportOptions(Path ama, Path cmsRvu, Path hcpcs, Path mue, String version, Path out, Path resources,
      String cmsVersion) {
    this(ama, cmsRvu, hcpcs, mue, version, out, resources, cmsVersion, null, null);
  }

  /** The CMS release name when none is given: RVU + the version's last two digits + A (2026 -> RVU26A). */
  public String cmsRelease() {
    if (cmsVersion != null) {
      return cmsVersion;
    }
    return "RVU" + (version.length() >= 2 ? version.substring(version.length() - 2) : version) + "A";
  }
}
