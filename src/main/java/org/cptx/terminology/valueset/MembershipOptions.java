package org.cptx.terminology.valueset;

/**
 * What counts as membership in ValueSet/$validate-code, beyond the code being in the expansion.
 *
 * @param inferSystem true when a code without a system takes the value set's system that holds it
 *     ({@code inferSystem})
 * @param activeOnly true when inactive codes do not count as members ({@code activeOnly})
 * @param abstractAllowed false when an abstract (notSelectable) code does not count as a member
 *     ({@code abstract=false})
 * @param membershipOnly true when only membership is asked about ({@code
 *     valueset-membership-only}): what the code system says of the code (an unknown code, a wrong
 *     display) is not reported
 */
public record MembershipOptions(
    boolean inferSystem, boolean activeOnly, boolean abstractAllowed, boolean membershipOnly) {

  /** A code with a system, active or not, abstract or not, judged in full. */
  public static final MembershipOptions DEFAULT = new MembershipOptions(false, false, true, false);

  public MembershipOptions withInferSystem(boolean infer) {
    return new MembershipOptions(infer, activeOnly, abstractAllowed, membershipOnly);
  }

  public MembershipOptions withActiveOnly(boolean active) {
    return new MembershipOptions(inferSystem, active, abstractAllowed, membershipOnly);
  }

  public MembershipOptions withAbstractAllowed(boolean allowed) {
    return new MembershipOptions(inferSystem, activeOnly, allowed, membershipOnly);
  }

  public MembershipOptions withMembershipOnly(boolean only) {
    return new MembershipOptions(inferSystem, activeOnly, abstractAllowed, only);
  }
}
