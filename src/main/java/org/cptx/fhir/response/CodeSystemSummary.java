package org.cptx.fhir.response;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;

/**
 * What a read or search answers for a licensed code system: its metadata (url, version, name,
 * title, status, copyright, properties, filters, ...) with {@code content = not-present}, {@code
 * count} the number of concepts the server holds, and no concept. The concepts stay reachable one
 * by one through the operations.
 */
public final class CodeSystemSummary {

  private CodeSystemSummary() {}

  /**
   * @param metadata the stored resource or its metadata; not changed
   * @param count the number of concepts the server holds for it
   */
  public static CodeSystem of(CodeSystem metadata, int count) {
    CodeSystem summary = new CodeSystem();
    metadata.copyValues(summary);
    summary.setConcept(null);
    summary.setContent(CodeSystemContentMode.NOTPRESENT);
    summary.setCount(count);
    return summary;
  }
}
