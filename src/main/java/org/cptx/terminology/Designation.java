package org.cptx.terminology;

import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;

/** A designation of a concept: a language, an optional use, the text, and any extensions it carries. */
public record Designation(String language, Coding use, String value, List<Extension> extensions) {

  public Designation {
    extensions = List.copyOf(extensions);
  }

  public Designation(String language, Coding use, String value) {
    this(language, use, value, List.of());
  }
}
