package org.cptx.content.importer;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.PropertyType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Type;

/**
 * The CMS indicator supplement of the imported CPT version, shaped like the shipped
 * CodeSystem-cpt-cms-2025.json.
 */
public final class CmsSupplementBuilder {

  public static final String URL = "http://cptx.org/fhir/CodeSystem/cpt-cms-indicators";

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry("pfs-status", "Physician fee schedule status code (PPRRVU STATUS CODE)"),
          Map.entry(
              "pctc-indicator",
              "Professional/technical component indicator, modifiers 26 and TC (PPRRVU PCTC IND)"),
          Map.entry("global-days", "Global surgery days (PPRRVU GLOB DAYS)"),
          Map.entry(
              "multiple-procedure", "Multiple procedure indicator, modifier 51 (PPRRVU MULT PROC)"),
          Map.entry(
              "bilateral-surgery", "Bilateral surgery indicator, modifier 50 (PPRRVU BILAT SURG)"),
          Map.entry(
              "assistant-surgeon",
              "Assistant at surgery indicator, modifiers 80 and 82 (PPRRVU ASST SURG)"),
          Map.entry("co-surgeons", "Co-surgeons indicator, modifier 62 (PPRRVU CO SURG)"),
          Map.entry("team-surgery", "Team surgery indicator, modifier 66 (PPRRVU TEAM SURG)"),
          Map.entry(
              "physician-supervision", "Physician supervision of diagnostic procedures (PPRRVU)"),
          Map.entry("diagnostic-imaging-family", "Diagnostic imaging family indicator (PPRRVU)"),
          Map.entry(
              "mue",
              "Practitioner services MUE value: maximum units per beneficiary per date of service"),
          Map.entry("mue-adjudication-indicator", "MUE adjudication indicator (NCCI MUE table)"));

  private CmsSupplementBuilder() {}

  public static CodeSystem build(CmsValues values, String cptVersion, String cmsVersion) {
    CodeSystem cs = new CodeSystem();
    cs.setId("cpt-cms-" + cptVersion);
    cs.setUrl(URL).setVersion(cmsVersion).setName("CPTCMSIndicators");
    cs.setTitle("CMS fee-schedule indicators for CPT codes (" + cmsVersion + ")");
    cs.setStatus(PublicationStatus.ACTIVE).setExperimental(false).setPublisher("cptx project");
    cs.setDescription(
        "Supplement to CPT "
            + cptVersion
            + " carrying CMS payment-policy indicators per CPT code,"
            + " imported by cptx from the CMS PFS Relative Value File and the NCCI MUE table.");
    cs.setCopyright(
        "CMS indicator values: US Government work (Centers for Medicare & Medicaid Services): public"
            + " domain. CPT code numbers: "
            + CptCodeSystemBuilder.copyright(cptVersion));
    cs.setCaseSensitive(true).setContent(CodeSystem.CodeSystemContentMode.SUPPLEMENT);
    cs.setSupplements(CptCodeSystemBuilder.URL + "|" + cptVersion);
    DESCRIPTIONS.keySet().stream()
        .sorted()
        .forEach(
            code ->
                cs.addProperty()
                    .setCode(code)
                    .setDescription(DESCRIPTIONS.get(code))
                    .setType(code.equals("mue") ? PropertyType.INTEGER : PropertyType.CODING));
    for (Map.Entry<String, Map<String, Type>> e : values.byCode().entrySet()) {
      ConceptDefinitionComponent concept = cs.addConcept().setCode(e.getKey());
      e.getValue()
          .forEach((property, value) -> concept.addProperty().setCode(property).setValue(value));
    }
    return cs;
  }
}
