package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.model.Extension;

/**
 * What a client should be warned about when it uses a code system or value set: {@code draft} or
 * {@code experimental} content, or content whose standards status is {@code deprecated} or {@code
 * withdrawn}.
 */
public final class StatusWarnings {

  public static final String STANDARDS_STATUS =
      "http://hl7.org/fhir/StructureDefinition/structuredefinition-standards-status";

  private StatusWarnings() {}

  /**
   * The warnings for a resource with this status, experimental flag and extensions, each one word:
   * draft, experimental, deprecated, withdrawn.
   */
  public static List<String> of(String status, Boolean experimental, List<Extension> extensions) {
    List<String> out = new ArrayList<>();
    String standards = standardsStatus(extensions);
    if ("deprecated".equals(standards) || "withdrawn".equals(standards)) {
      out.add(standards);
    }
    if ("draft".equals(status)) {
      out.add("draft");
    }
    if (Boolean.TRUE.equals(experimental)) {
      out.add("experimental");
    }
    return out;
  }

  /** The standards status these extensions state, or null. */
  public static String standardsStatus(List<Extension> extensions) {
    return Extension.text(extensions, STANDARDS_STATUS).orElse(null);
  }
}
