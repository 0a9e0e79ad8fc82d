package org.cptx.fhir.provider;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.param.UriParam;
import java.nio.file.Path;
import java.util.List;
import org.cptx.content.ContentLoader;
import org.cptx.content.LoadedContent;
import org.cptx.support.TestContent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;

/**
 * A licensed CodeSystem streamed into the engine (as a full import is) reads as a summary counting
 * the engine's concepts, without parsing its file again; the stored resource and the engine keep
 * everything.
 */
class LicensedReadTest {

  static final LoadedContent STREAMED =
      new ContentLoader(FhirContext.forR4Cached(), 0)
          .load(List.of(TestContent.BUILT_IN, Path.of("src/test/resources/content/cpt-synthetic")));
  static final CodeSystemResourceProvider PROVIDER =
      new CodeSystemResourceProvider(STREAMED.resources(), STREAMED.terminology());

  @Test
  void theStreamedCptReadsAsASummaryWithTheEnginesCount() {
    CodeSystem summary = PROVIDER.read(new IdType("CodeSystem", "cpt-synthetic"));
    assertThat(summary.getContent()).isEqualTo(CodeSystemContentMode.NOTPRESENT);
    assertThat(summary.getConcept()).isEmpty();
    assertThat(summary.getCount()).isEqualTo(33);
    assertThat(summary.getVersion()).isEqualTo("9999-synthetic");
    assertThat(summary.getFilter()).isNotEmpty();
    assertThat(
            STREAMED
                .terminology()
                .registry()
                .find(TestContent.CPT, "9999-synthetic")
                .orElseThrow()
                .concept("99901"))
        .isPresent();
  }

  @Test
  void searchSummarisesEveryCptVersion() {
    List<CodeSystem> found = PROVIDER.search(new UriParam(TestContent.CPT), null, null, null);
    assertThat(found)
        .extracting(CodeSystem::getVersion)
        .containsExactlyInAnyOrder("2025", "9999-synthetic");
    assertThat(found)
        .allSatisfy(
            cs -> {
              assertThat(cs.getContent()).isEqualTo(CodeSystemContentMode.NOTPRESENT);
              assertThat(cs.getConcept()).isEmpty();
            });
    assertThat(found).extracting(CodeSystem::getCount).containsExactlyInAnyOrder(7, 33);
  }

  @Test
  void theStoredResourceIsNotChanged() {
    PROVIDER.read(new IdType("CodeSystem", "cpt"));
    CodeSystem stored = STREAMED.resources().read(CodeSystem.class, "cpt").orElseThrow();
    assertThat(stored.getContent()).isEqualTo(CodeSystemContentMode.FRAGMENT);
    assertThat(stored.getConcept()).hasSize(7);
  }

  @Test
  void theSupplementStaysWhole() {
    CodeSystem cms = PROVIDER.read(new IdType("CodeSystem", "cpt-cms-synthetic"));
    assertThat(cms.getContent()).isEqualTo(CodeSystemContentMode.SUPPLEMENT);
    assertThat(cms.getConcept()).hasSize(4);
  }
}
