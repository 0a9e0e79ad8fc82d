package org.cptx.clients;

import java.util.Date;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/** The resources an EHR would send with CPT codings: a Procedure and a professional Claim. */
final class Resources {

  private Resources() {}

  /** A completed Procedure whose code is one CPT coding (display may be null). */
  static Procedure procedure(String code, String display) {
    Procedure procedure = new Procedure();
    procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
    procedure.setSubject(new Reference("Patient/example"));
    procedure.setCode(new CodeableConcept(new Coding(Cpt.SYSTEM, code, display)));
    return procedure;
  }

  /**
   * A professional Claim with one item: a CPT code and one CPT modifier in {@code item.modifier}.
   */
  static Claim claim(String code, String display, String modifier) {
    Claim claim = new Claim();
    claim.setStatus(Claim.ClaimStatus.ACTIVE);
    claim.setType(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/claim-type",
                "professional",
                "Professional")));
    claim.setUse(Claim.Use.CLAIM);
    claim.setPatient(new Reference("Patient/example"));
    claim.setCreated(new Date());
    claim.setProvider(new Reference("Organization/example"));
    claim.setPriority(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal")));
    claim
        .addInsurance()
        .setSequence(1)
        .setFocal(true)
        .setCoverage(new Reference("Coverage/example"));
    Claim.ItemComponent item = claim.addItem().setSequence(1);
    item.setProductOrService(new CodeableConcept(new Coding(Cpt.SYSTEM, code, display)));
    item.addModifier(new CodeableConcept(new Coding(Cpt.SYSTEM, modifier, Cpt.MODIFIER_DISPLAY)));
    return claim;
  }
}
