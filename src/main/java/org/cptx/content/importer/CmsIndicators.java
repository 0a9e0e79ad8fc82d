package org.cptx.content.importer;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;

/**
 * The shipped CMS indicator code systems ({@code CodeSystem-cms-*.json} in the resources folder),
 * so an imported indicator value is checked against its code system and written as a Coding with
 * that system's display.
 */
public final class CmsIndicators {

  public static final String BASE = "http://cptx.org/fhir/CodeSystem/";

  private final Map<String, Map<String, String>> displays = new HashMap<>();

  private CmsIndicators() {}

  /** Reads {@code CodeSystem-cms-<name>.json} for each name from the folder. */
  public static CmsIndicators load(Path folder, FhirContext fhir, String... names) {
    CmsIndicators indicators = new CmsIndicators();
    for (String name : names) {
      Path file = folder.resolve("CodeSystem-cms-" + name + ".json");
      try {
        CodeSystem cs =
            fhir.newJsonParser().parseResource(CodeSystem.class, Files.readString(file));
        Map<String, String> codes = new HashMap<>();
        for (ConceptDefinitionComponent c : cs.getConcept()) {
          codes.put(c.getCode(), c.getDisplay());
        }
        indicators.displays.put(name, codes);
      } catch (IOException | RuntimeException e) {
        throw new ImportException(
            file + ": cannot read the CMS indicator code system: " + e.getMessage(), e);
      }
    }
    return indicators;
  }

  /** The Coding for a value of the named indicator, or null when the system has no such code. */
  public Coding coding(String name, String value) {
    Map<String, String> codes = displays.get(name);
    if (codes == null || !codes.containsKey(value)) {
      return null;
    }
    return new Coding(BASE + "cms-" + name, value, codes.get(value));
  }
}
