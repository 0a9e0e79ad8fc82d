package org.cptx.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;

/**
 * HAPI's R4 context as the server uses it: the JVM's shared one, made once (class initialisation
 * makes that safe when the content loader and the server ask for it at the same time), with
 * deferred model scanning, so that a model class is scanned for its elements only when first parsed
 * or encoded. Start-up then scans the few types the content and the first answers use instead of
 * every datatype's elements. Reference auto-containment is off.
 */
final class FhirModel {

  private static final FhirContext R4 = create();

  private FhirModel() {}

  static FhirContext r4() {
    return R4;
  }

  private static FhirContext create() {
    FhirContext fhir = FhirContext.forR4Cached();
    fhir.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
    // answers never hold references to resources without ids, so the encoder need not walk them for
    // ones to contain
    fhir.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
    return fhir;
  }
}
