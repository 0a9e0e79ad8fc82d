package org.cptx.terminology;

/** The canonical of a conformance resource as messages and expansion parameters show it. */
public final class Canonicals {

  private Canonicals() {}

  /** {@code url|version}, or the url alone when the resource has no version. */
  public static String of(String url, String version) {
    return version == null || version.isEmpty() ? url : url + "|" + version;
  }
}
