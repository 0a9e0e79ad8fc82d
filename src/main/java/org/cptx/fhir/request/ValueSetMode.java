package org.cptx.fhir.request;

import java.util.Locale;
import java.util.Optional;
import org.cptx.terminology.messages.RequestMessages;

/**
 * {@code valueSetMode} of ValueSet/$validate-code, as HL7 and HAPI validators name their modes:
 * every check (the default), membership only (no display or code-system checks beyond membership),
 * or no membership check (the codings are checked against their code systems only).
 */
enum ValueSetMode {
  ALL_CHECKS,
  CHECK_MEMBERSHIP_ONLY,
  NO_MEMBERSHIP_CHECK;

  static final String PARAMETER = "valueSetMode";

  static ValueSetMode read(OperationParameters params) {
    Optional<String> given = params.string(PARAMETER);
    if (given.isEmpty()) {
      return ALL_CHECKS;
    }
    // the validators' own spelling of the second mode is CHECK_MEMERSHIP_ONLY: both are accepted
    String name =
        given.get().toUpperCase(Locale.ROOT).replace('-', '_').replace("MEMERSHIP", "MEMBERSHIP");
    for (ValueSetMode mode : values()) {
      if (mode.name().equals(name)) {
        return mode;
      }
    }
    throw RequestMessages.wrongParameterType(
        params.operation(),
        PARAMETER,
        "code: ALL_CHECKS, CHECK_MEMBERSHIP_ONLY or NO_MEMBERSHIP_CHECK");
  }
}
