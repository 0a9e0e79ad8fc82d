package org.cptx.content;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.junit.jupiter.api.Test;

/** Which code systems are licensed: the cptx marker, or CPT's url; never a public supplement. */
class LicensingTest {

  static final String CPT = "http://www.ama-assn.org/go/cpt";

  @Test
  void theMarkerMakesAnyCodeSystemLicensed() {
    CodeSystem cs = new CodeSystem().setUrl("http://example.org/fhir/licensed");
    assertThat(Licensing.isLicensed(cs)).isFalse();
    Licensing.mark(cs);
    Licensing.mark(cs);
    assertThat(cs.getExtensionsByUrl(Licensing.EXTENSION)).hasSize(1);
    assertThat(Licensing.isLicensed(cs)).isTrue();
  }

  @Test
  void aFalseMarkerIsNotLicensed() {
    CodeSystem cs = new CodeSystem().setUrl("http://example.org/fhir/public");
    cs.addExtension(Licensing.EXTENSION, new BooleanType(false));
    assertThat(Licensing.isLicensed(cs)).isFalse();
  }

  @Test
  void cptIsLicensedEvenWithoutTheMarker() {
    assertThat(Licensing.isLicensed(new CodeSystem().setUrl(CPT))).isTrue();
    CodeSystem unmarked = new CodeSystem().setUrl(CPT);
    unmarked.addExtension(Licensing.EXTENSION, new BooleanType(false));
    assertThat(Licensing.isLicensed(unmarked)).isTrue();
  }

  @Test
  void aSupplementIsLicensedOnlyByTheMarker() {
    CodeSystem supplement =
        new CodeSystem().setUrl(CPT).setContent(CodeSystemContentMode.SUPPLEMENT);
    assertThat(Licensing.isLicensed(supplement)).isFalse();
  }

  @Test
  void theShippedFilesAreMarkedAsThePlanSays() throws IOException {
    assertThat(Licensing.isLicensed(read("fhir-resources/CodeSystem-cpt.json"))).isTrue();
    assertThat(read("fhir-resources/CodeSystem-cpt.json").getExtensionsByUrl(Licensing.EXTENSION))
        .hasSize(1);
    assertThat(
            read("src/test/resources/content/cpt-synthetic/CodeSystem-cpt-synthetic.json")
                .getExtensionsByUrl(Licensing.EXTENSION))
        .hasSize(1);
    assertThat(Licensing.isLicensed(read("fhir-resources/CodeSystem-cpt-cms-2025.json"))).isFalse();
    assertThat(Licensing.isLicensed(read("fhir-resources/CodeSystem-cms-global-days.json")))
        .isFalse();
    assertThat(Licensing.isLicensed(read("fhir-resources/CodeSystem-hcpcs-modifiers.json")))
        .isFalse();
  }

  private static CodeSystem read(String file) throws IOException {
    return FhirContext.forR4Cached()
        .newJsonParser()
        .parseResource(CodeSystem.class, Files.readString(Path.of(file)));
  }
}
