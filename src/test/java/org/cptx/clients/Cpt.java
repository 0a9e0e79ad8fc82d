package org.cptx.clients;

import java.util.List;
import org.cptx.support.TestContent;

/**
 * The built-in CPT content the client tests use: fhir-resources/CodeSystem-cpt.json and its maps
 * and value sets.
 */
final class Cpt {

  static final String SYSTEM = TestContent.CPT;
  static final String VERSION = "2025";
  static final String HCPCS = TestContent.HCPCS;

  static final String CODE = "47383";
  static final String LONG = "Ablation, 1 or more liver tumor(s), percutaneous, cryoablation";
  static final String SHORT = "PERQ ABLTJ LVR CRYOABLATION";
  static final String MEDIUM = "ABLATION 1/> LIVER TUMOR PERQ CRYOABLATION";
  static final String UPPER = "ABLATION, 1 OR MORE LIVER TUMOR(S), PERCUTANEOUS, CRYOABLATION";
  static final String WRONG_DISPLAY = "Liver biopsy";
  static final String UNKNOWN_CODE = "99999";

  static final String MODIFIER = "51";
  static final String MODIFIER_DISPLAY = "Multiple Procedures";
  static final String EXPRESSION = CODE + ":" + MODIFIER;

  /** The modifiers of the built-in content, the members of cpt-modifiers. */
  static final List<String> MODIFIERS = List.of("22", "51", "53", "54", "LT", "XS");

  static final String GLOBAL_DAYS = "http://cptx.org/fhir/CodeSystem/cms-global-days";

  static final String APPLICABLE_MODIFIERS_MAP =
      "http://cptx.org/fhir/ConceptMap/cpt-applicable-modifiers";
  static final String HCPCS_MODIFIERS_MAP = "http://cptx.org/fhir/ConceptMap/hcpcs-cpt-modifiers";

  /**
   * The implicit value sets: each of cpt-all, cpt-base, cpt-modifiers, cpt-usable under both URL
   * families.
   */
  static final List<String> VALUE_SETS =
      List.of(
          "http://hl7.org/fhir/ValueSet/cpt-all", "http://hl7.org/fhir/ValueSet/cpt-base",
          "http://hl7.org/fhir/ValueSet/cpt-modifiers", "http://hl7.org/fhir/ValueSet/cpt-usable",
          "http://terminology.hl7.org/ValueSet/cpt-all",
              "http://terminology.hl7.org/ValueSet/cpt-base",
          "http://terminology.hl7.org/ValueSet/cpt-modifiers",
              "http://terminology.hl7.org/ValueSet/cpt-usable");

  static final String ALL = "http://hl7.org/fhir/ValueSet/cpt-all";
  static final String USABLE = "http://hl7.org/fhir/ValueSet/cpt-usable";
  static final String MODIFIERS_VS = "http://hl7.org/fhir/ValueSet/cpt-modifiers";
  static final String BASE = "http://terminology.hl7.org/ValueSet/cpt-base";

  private Cpt() {}
}
