package org.cptx.terminology.codesystem;

import java.util.List;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.codesystem.cpt.CptCodeSystemProvider;
import org.cptx.terminology.codesystem.fhir.FhirCodeSystemProvider;
import org.cptx.terminology.model.CodeSystemDefinition;

/**
 * Chooses the provider class for a CodeSystem resource: CPT gets its own, every other system the
 * FHIR one.
 */
public final class CodeSystemProviders {

  private CodeSystemProviders() {}

  /**
   * Those of the supplements that supplement this code system (by url, and version when they name
   * one).
   */
  public static List<CodeSystemDefinition> supplementsOf(
      CodeSystemDefinition base, List<CodeSystemDefinition> supplements) {
    return supplements.stream().filter(s -> supplements(s, base)).toList();
  }

  private static boolean supplements(CodeSystemDefinition supplement, CodeSystemDefinition base) {
    String target = supplement.supplements();
    if (target == null) {
      return false;
    }
    int bar = target.indexOf('|');
    String url = bar < 0 ? target : target.substring(0, bar);
    String version = bar < 0 ? null : target.substring(bar + 1);
    return url.equals(base.url()) && (version == null || version.equals(base.version()));
  }

  public static CodeSystemProvider fromDefinition(
      CodeSystemDefinition resource, List<CodeSystemDefinition> supplements) {
    return fromSource(
        CodeSystemSource.of(resource), supplements.stream().map(CodeSystemSource::of).toList());
  }

  public static CodeSystemProvider fromSource(
      CodeSystemSource base, List<CodeSystemSource> supplements) {
    CodeSystemProvider fhir =
        new FhirCodeSystemProvider(
            base.definition(),
            base.concepts(),
            supplements.stream().map(CodeSystemSource::concepts).toList(),
            supplements.stream().map(CodeSystemSource::definition).toList());
    return CptCodeSystemProvider.URL.equals(base.definition().url())
        ? new CptCodeSystemProvider(fhir)
        : fhir;
  }
}
