package org.cptx.terminology.model;

import java.util.List;
import java.util.Optional;

/**
 * An extension as content carries it: its url, a value (null for a complex extension) and nested
 * extensions. The engine reads those it knows (supplements, expansion parameters, history, display
 * hints) and repeats others as they are.
 */
public record Extension(String url, Value value, List<Extension> extensions) {

  public Extension {
    extensions = List.copyOf(extensions);
  }

  public Extension(String url, Value value) {
    this(url, value, List.of());
  }

  /** The first nested extension with this url. */
  public Optional<Extension> extension(String url) {
    return extensions.stream().filter(e -> url.equals(e.url())).findFirst();
  }

  /** The primitive text of this extension's value, or null. */
  public String valueText() {
    return value == null ? null : value.primitive();
  }

  /** Every extension of the list with this url. */
  public static List<Extension> byUrl(List<Extension> extensions, String url) {
    return extensions.stream().filter(e -> url.equals(e.url())).toList();
  }

  /** The primitive text of the first extension of the list with this url that has a value. */
  public static Optional<String> text(List<Extension> extensions, String url) {
    return extensions.stream()
        .filter(e -> url.equals(e.url()) && e.value() != null)
        .map(Extension::valueText)
        .findFirst();
  }
}
