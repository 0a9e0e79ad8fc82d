package org.cptx.fhir.request;

import java.util.Optional;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.RequestMessages;

/**
 * {@code units}, a cptx-specific input of CodeSystem and ValueSet $validate-code: the number of
 * units the code is reported with (a claim line's units), so a code system can check them against
 * its own limit (CPT: the CMS MUE). A positiveInt of at most {@link Limits#MAX_UNITS}; anything
 * else is a bad request.
 */
final class Units {

  static final ParamSpec SPEC = ParamSpec.one("units", ParamType.POSITIVE_INT);

  private Units() {}

  /** The units asked about, or null when the request has none. */
  static Integer read(OperationParameters params) {
    Optional<Integer> units = params.integer(SPEC.name());
    if (units.isPresent() && units.get() > Limits.MAX_UNITS) {
      throw RequestMessages.wrongParameterType(
          params.operation(),
          SPEC.name(),
          "positiveInt of at most " + Limits.MAX_UNITS + " (found " + units.get() + ")");
    }
    return units.orElse(null);
  }
}
