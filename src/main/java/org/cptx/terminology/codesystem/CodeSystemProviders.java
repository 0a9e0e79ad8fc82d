package org.cptx.terminology.codesystem;

import java.util.List;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.codesystem.cpt.CptCodeSystemProvider;
import org.cptx.terminology.codesystem.fhir.FhirCodeSystemProvider;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * Chooses the provider class for a CodeSystem resource: CPT gets its own, every other system the
 * FHIR one.
 */
public final class CodeSystemProviders {

  private CodeSystemProviders() {}

  public static boolean isSupplement(CodeSystem resource) {
    return resource.getContent() == CodeSystem.CodeSystemContentMode.SUPPLEMENT;
  }

  /**
   * Those of the supplements that supplement this code system (by url, and version when they name
   * one).
   */
  public static List<CodeSystem> supplementsOf(CodeSystem base, List<CodeSystem> supplements) {
    return supplements.stream().filter(s -> supplements(s, base)).toList();
  }

  private static boolean supplements(CodeSystem supplement, CodeSystem base) {
    String target = supplement.getSupplements();
    if (target == null) {
      return false;
    }
    int bar = target.indexOf('|');
    String url = bar < 0 ? target : target.substring(0, bar);
    String version = bar < 0 ? null : target.substring(bar + 1);
    return url.equals(base.getUrl()) && (version == null || version.equals(base.getVersion()));
  }

  public static CodeSystemProvider fromResource(CodeSystem resource, List<CodeSystem> supplements) {
    return fromSource(
        CodeSystemSource.of(resource), supplements.stream().map(CodeSystemSource::of).toList());
  }

  public static CodeSystemProvider fromSource(
      CodeSystemSource base, List<CodeSystemSource> supplements) {
    CodeSystemProvider fhir =
        new FhirCodeSystemProvider(
            base.resource(),
            base.concepts(),
            supplements.stream().map(CodeSystemSource::concepts).toList(),
            supplements.stream().map(CodeSystemSource::resource).toList());
    return CptCodeSystemProvider.URL.equals(base.resource().getUrl())
        ? new CptCodeSystemProvider(fhir)
        : fhir;
  }
}
