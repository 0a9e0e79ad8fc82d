package org.cptx.content.importer;

import java.util.Collection;
import org.cptx.content.importer.HcpcsModifierReader.Modifier;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.PropertyType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Identifier;

/**
 * HCPCS Level II modifiers as a CodeSystem fragment, shaped like the shipped
 * CodeSystem-hcpcs-modifiers.json.
 */
public final class HcpcsCodeSystemBuilder {

  public static final String URL = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

  private HcpcsCodeSystemBuilder() {}

  public static CodeSystem build(Collection<Modifier> modifiers, String version) {
    CodeSystem cs = new CodeSystem();
    cs.setId("hcpcs-modifiers-" + version);
    cs.setUrl(URL).setVersion(version);
    cs.addIdentifier(
        new Identifier()
            .setSystem("urn:ietf:rfc:3986")
            .setValue("urn:oid:2.16.840.1.113883.6.285"));
    cs.setName("HCPCSLevelII").setTitle("HCPCS Level II " + version + " (modifiers)");
    cs.setStatus(PublicationStatus.ACTIVE).setExperimental(false);
    cs.setPublisher("Centers for Medicare & Medicaid Services");
    cs.setDescription(
        "HCPCS Level II " + version + " modifiers, imported by cptx from the CMS HCPCS file.");
    cs.setCopyright(
        "US Government work (Centers for Medicare & Medicaid Services): public domain.");
    cs.setCaseSensitive(true).setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
    cs.addProperty()
        .setCode("modifier")
        .setType(PropertyType.BOOLEAN)
        .setDescription("True if the concept is a modifier code");
    for (Modifier m : modifiers) {
      ConceptDefinitionComponent c = cs.addConcept().setCode(m.code()).setDisplay(m.longText());
      if (!m.shortText().isEmpty()) {
        c.addDesignation()
            .setLanguage("en")
            .setUse(new Coding(URL, "short", null))
            .setValue(m.shortText());
      }
      c.addProperty().setCode("modifier").setValue(new BooleanType(true));
    }
    return cs;
  }
}
