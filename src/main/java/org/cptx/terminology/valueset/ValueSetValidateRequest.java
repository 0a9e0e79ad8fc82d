package org.cptx.terminology.valueset;

import java.util.List;
import org.cptx.terminology.CheckOptions;
import org.cptx.terminology.CodingInput;

/**
 * A typed ValueSet/$validate-code request (the value set itself is resolved before).
 *
 * @param codings the codings to check, at least one
 * @param codeableConcept true when the codings came from a CodeableConcept
 * @param options how each coding is checked against its code system (display language, lenient
 *     displays, units)
 * @param membership what counts as membership (inferSystem, activeOnly, abstract,
 *     valueset-membership-only)
 * @param versions the code-system and value-set versions the request pins, checks or forces
 */
public record ValueSetValidateRequest(
    List<CodingInput> codings,
    boolean codeableConcept,
    CheckOptions options,
    MembershipOptions membership,
    SystemVersions versions) {

  public ValueSetValidateRequest {
    codings = List.copyOf(codings);
  }

  /** One coding, with the default options and no versions asked for. */
  public static ValueSetValidateRequest of(CodingInput coding) {
    return new ValueSetValidateRequest(
        List.of(coding),
        false,
        CheckOptions.DEFAULT,
        MembershipOptions.DEFAULT,
        SystemVersions.NONE);
  }

  /** The codings of a CodeableConcept, with the default options and no versions asked for. */
  public static ValueSetValidateRequest ofCodeableConcept(List<CodingInput> codings) {
    return new ValueSetValidateRequest(
        codings, true, CheckOptions.DEFAULT, MembershipOptions.DEFAULT, SystemVersions.NONE);
  }

  public ValueSetValidateRequest with(CheckOptions checked) {
    return new ValueSetValidateRequest(codings, codeableConcept, checked, membership, versions);
  }

  public ValueSetValidateRequest with(MembershipOptions counted) {
    return new ValueSetValidateRequest(codings, codeableConcept, options, counted, versions);
  }

  public ValueSetValidateRequest with(SystemVersions used) {
    return new ValueSetValidateRequest(codings, codeableConcept, options, membership, used);
  }
}
