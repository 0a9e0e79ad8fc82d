package org.cptx.terminology;

import org.hl7.fhir.r4.model.MetadataResource;

/** The canonical of a conformance resource as messages and expansion parameters show it. */
public final class Canonicals {

  private Canonicals() {}

  /** {@code url|version}, or the url alone when the resource has no version. */
  public static String of(MetadataResource resource) {
    return resource.hasVersion()
        ? resource.getUrl() + "|" + resource.getVersion()
        : resource.getUrl();
  }
}
