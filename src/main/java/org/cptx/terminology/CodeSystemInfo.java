package org.cptx.terminology;

/** What a code system says about itself: identity, content mode and the numbers a client may want. */
public record CodeSystemInfo(
    String url,
    String version,
    String name,
    String title,
    String content,
    boolean caseSensitive,
    String copyright,
    int conceptCount) {

  /** {@code url|version}, or the url alone when the system has no version. */
  public String canonical() {
    return version == null ? url : url + "|" + version;
  }
}
