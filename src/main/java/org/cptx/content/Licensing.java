package org.cptx.content;

import org.cptx.terminology.codesystem.cpt.CptCodeSystemProvider;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Extension;

/**
 * Which code systems are licensed: their concepts are answered one at a time ($lookup,
 * $validate-code, a capped $expand) but never handed out whole. A CodeSystem is licensed when it
 * carries the cptx extension {@value #EXTENSION} with {@code valueBoolean = true}, or when it is
 * CPT (its url is CPT's, the same rule that gives it the CPT provider), so that a CPT file written
 * before the marker existed, or edited by hand, is still protected. A supplement is licensed only
 * by the marker: the CMS supplement carries public-domain values.
 */
public final class Licensing {

  public static final String EXTENSION = "http://cptx.org/fhir/StructureDefinition/licensed";

  private Licensing() {}

  public static boolean isLicensed(CodeSystem codeSystem) {
    if (marked(codeSystem)) {
      return true;
    }
    return CptCodeSystemProvider.URL.equals(codeSystem.getUrl())
        && codeSystem.getContent() != CodeSystem.CodeSystemContentMode.SUPPLEMENT;
  }

  /** Sets the marker (once) on a code system a writer produces. */
  public static CodeSystem mark(CodeSystem codeSystem) {
    if (!marked(codeSystem)) {
      codeSystem.addExtension(new Extension(EXTENSION, new BooleanType(true)));
    }
    return codeSystem;
  }

  private static boolean marked(CodeSystem codeSystem) {
    return codeSystem.getExtensionsByUrl(EXTENSION).stream()
        .anyMatch(e -> e.getValue() instanceof BooleanType b && Boolean.TRUE.equals(b.getValue()));
  }
}
