package org.cptx.terminology.codesystem.cpt;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.List;
import org.cptx.content.ContentLoader;
import org.cptx.support.TestContent;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Terminology;

/**
 * The shipped content plus a second, synthetic CPT version ({@code 9999-synthetic}, invented codes
 * such as 99901) with synthetic CMS supplement rows. Kept out of the server's test content so the
 * shipped CPT stays the latest version there.
 */
final class CptFixture {

  static final String SYNTHETIC = "9999-synthetic";
  static final Path FOLDER = Path.of("src/test/resources/content/cpt-synthetic");
  static final Terminology ENGINE =
      new ContentLoader(FhirContext.forR4Cached())
          .load(List.of(TestContent.BUILT_IN, FOLDER))
          .terminology();

  private CptFixture() {}

  static CodeSystemProvider cpt(String version) {
    return ENGINE.registry().find(TestContent.CPT, version).orElseThrow();
  }

  static List<Issue> issues(String code) {
    return cpt(SYNTHETIC).codeIssues(code, "Coding.code");
  }

  static List<String> ids(String code) {
    return issues(code).stream().map(Issue::messageId).toList();
  }
}
