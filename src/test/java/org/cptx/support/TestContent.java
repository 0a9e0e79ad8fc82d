package org.cptx.support;

import java.nio.file.Path;

/** Where the tests find content: the shipped folder and the synthetic fixtures. */
public final class TestContent {

  public static final Path BUILT_IN =
      Path.of(System.getProperty("cptx.contentDir", "fhir-resources"));
  public static final Path SYNTHETIC = Path.of("src/test/resources/content/synthetic");
  public static final Path WEBAPP = Path.of("webapp");

  public static final String CPT = "http://www.ama-assn.org/go/cpt";
  public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
  public static final String SYNTHETIC_URL = "http://example.org/fhir/CodeSystem/synthetic";

  private TestContent() {}
}
