package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * What a client should be warned about when it uses a code system or value set: {@code draft} or
 * {@code experimental} content, or content whose standards status is {@code deprecated} or {@code
 * withdrawn}.
 */
public final class StatusWarnings {

  public static final String STANDARDS_STATUS =
      "http://hl7.org/fhir/StructureDefinition/structuredefinition-standards-status";

  private StatusWarnings() {}

  /** The warnings for this resource, each one word: draft, experimental, deprecated, withdrawn. */
  public static List<String> of(MetadataResource resource) {
    List<String> out = new ArrayList<>();
    var standards = resource.getExtensionByUrl(STANDARDS_STATUS);
    if (standards != null && standards.getValue() != null) {
      String value = standards.getValue().primitiveValue();
      if ("deprecated".equals(value) || "withdrawn".equals(value)) {
        out.add(value);
      }
    }
    if (resource.getStatus() == PublicationStatus.DRAFT) {
      out.add("draft");
    }
    if (resource.getExperimental()) {
      out.add("experimental");
    }
    return out;
  }
}
