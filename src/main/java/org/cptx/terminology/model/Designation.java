package org.cptx.terminology.model;

import java.util.List;

/**
 * A designation of a concept: a language, an optional use, the text, any extensions it carries, and
 * the supplement it comes from (url|version; null when the code system itself gives it).
 */
public record Designation(
    String language, Coding use, String value, List<Extension> extensions, String source) {

  public Designation {
    extensions = List.copyOf(extensions);
  }

  public Designation(String language, Coding use, String value, List<Extension> extensions) {
    this(language, use, value, extensions, null);
  }

  public Designation(String language, Coding use, String value) {
    this(language, use, value, List.of(), null);
  }

  /** This designation, as given by the supplement with this canonical. */
  public Designation from(String supplement) {
    return new Designation(language, use, value, extensions, supplement);
  }
}
