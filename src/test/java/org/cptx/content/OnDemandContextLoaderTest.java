package org.cptx.content;

import ca.uhn.fhir.context.FhirContext;

/**
 * The loader cases with the loader the server uses: it is given a way to get HAPI's context and
 * asks for it only when it first needs it (so that large files stream while the server is still
 * setting HAPI up). Every file loads, or fails naming the file and line, the same.
 */
class OnDemandContextLoaderTest extends ContentLoaderTest {

  @Override
  ContentLoader loader() {
    return new ContentLoader(FhirContext::forR4Cached);
  }
}
