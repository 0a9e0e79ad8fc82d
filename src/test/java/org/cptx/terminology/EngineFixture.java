package org.cptx.terminology;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.cptx.content.ContentLoader;
import org.cptx.support.TestContent;

/** The engine over the shipped content and the synthetic fixtures, without any HTTP. */
final class EngineFixture {

  static final Terminology ENGINE =
      new ContentLoader(FhirContext.forR4Cached())
          .load(List.of(TestContent.BUILT_IN, TestContent.SYNTHETIC))
          .terminology();

  private EngineFixture() {}
}
