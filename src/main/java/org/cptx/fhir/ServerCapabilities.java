package org.cptx.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Type;

/**
 * What cptx adds to the CapabilityStatement HAPI builds from the providers: its identity as a
 * terminology server (HL7's terminology-server capability statement), its release, and the features
 * the tx-ecosystem tests look for.
 */
final class ServerCapabilities {

  static final String CANONICAL = "http://cptx.org/fhir/CapabilityStatement/cptx";
  static final String FEATURE =
      "http://hl7.org/fhir/uv/application-feature/StructureDefinition/feature";

  /** The version of the HL7 terminology ecosystem tests cptx is run against (tests 1.90). */
  static final String TESTS_VERSION = "1.9.0";

  private ServerCapabilities() {}

  static CapabilityStatement decorate(CapabilityStatement cs, String version, String releaseDate) {
    cs.setUrl(CANONICAL);
    cs.setVersion(version);
    cs.setName("cptx");
    cs.setTitle("cptx terminology server");
    cs.addInstantiates("http://hl7.org/fhir/CapabilityStatement/terminology-server");
    if (releaseDate != null) {
      cs.getSoftware().setReleaseDateElement(new DateTimeType(releaseDate));
    } else {
      cs.getSoftware().setReleaseDate(new Date());
    }
    batchNotTransaction(cs);
    feature(
        cs,
        "http://hl7.org/fhir/uv/tx-tests/FeatureDefinition/test-version",
        new CodeType(TESTS_VERSION));
    feature(
        cs,
        "http://hl7.org/fhir/uv/tx-ecosystem/FeatureDefinition/CodeSystemAsParameter",
        new BooleanType(true));
    return cs;
  }

  /**
   * HAPI lists the base's Bundle method as a transaction; cptx answers batches only (it is
   * read-only).
   */
  private static void batchNotTransaction(CapabilityStatement cs) {
    for (CapabilityStatement.CapabilityStatementRestComponent rest : cs.getRest()) {
      boolean bundles =
          rest.getInteraction()
              .removeIf(
                  i -> i.getCode() == CapabilityStatement.SystemRestfulInteraction.TRANSACTION);
      if (bundles) {
        rest.addInteraction()
            .setCode(CapabilityStatement.SystemRestfulInteraction.BATCH)
            .setDocumentation(
                "A batch Bundle of reads, searches and operations (GET, or POST with Parameters),"
                    + " each entry answered as alone; transactions and writes are refused");
      }
    }
  }

  private static void feature(CapabilityStatement cs, String definition, Type value) {
    Extension ext = cs.addExtension().setUrl(FEATURE);
    ext.addExtension("definition", new CanonicalType(definition));
    ext.addExtension("value", value);
  }
}
