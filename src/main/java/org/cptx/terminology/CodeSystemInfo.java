package org.cptx.terminology;

/**
 * What a code system says about itself: identity, content mode and the numbers a client may want.
 *
 * @param language the language of the concepts' displays, or null
 * @param valueSet the url of the value set of all its codes, when the system names one
 */
public record CodeSystemInfo(
    String url,
    String version,
    String name,
    String title,
    String language,
    String content,
    boolean caseSensitive,
    String copyright,
    String valueSet,
    int conceptCount) {

  /** {@code url|version}, or the url alone when the system has no version. */
  public String canonical() {
    return version == null ? url : url + "|" + version;
  }
}
