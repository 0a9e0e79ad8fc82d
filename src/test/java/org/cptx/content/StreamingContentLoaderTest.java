package org.cptx.content;

import ca.uhn.fhir.context.FhirContext;

/**
 * The loader cases with every JSON file offered to the streaming reader first: files it cannot
 * stream, broken ones included, are parsed by HAPI as before, so they load, or fail naming the file
 * and line, exactly the same.
 */
class StreamingContentLoaderTest extends ContentLoaderTest {

  @Override
  ContentLoader loader() {
    return new ContentLoader(FhirContext.forR4Cached(), 0);
  }
}
