package org.cptx.fhir.request;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Resource;

/**
 * ValueSet/$batch-validate-code: a Parameters body whose {@code validation} parameters each hold
 * the Parameters of one $validate-code call; every other parameter (url, tx-resource, ...) applies
 * to all of them unless a call gives its own. Each call becomes a Parameters of its own, read by
 * {@link ValueSetValidateRequestReader#readEntry}.
 */
public final class BatchValidateRequestReader {

  static final String OPERATION = "$batch-validate-code";
  static final String VALIDATION = "validation";

  /** The parameters one call must hold one of to have a code to validate. */
  static final Set<String> CODE_PARAMETERS = Set.of("code", "coding", "codeableConcept");

  private BatchValidateRequestReader() {}

  /** One Parameters per {@code validation}, with the shared parameters merged in. */
  public static List<Parameters> read(RequestDetails details) {
    if (!(details.getResource() instanceof Parameters body)) {
      throw RequestMessages.missingParameter(
          OPERATION, "a Parameters body with 'validation' parameters");
    }
    List<ParametersParameterComponent> shared =
        body.getParameter().stream().filter(p -> !VALIDATION.equals(p.getName())).toList();
    List<Parameters> calls = new ArrayList<>();
    for (ParametersParameterComponent p : body.getParameter()) {
      if (VALIDATION.equals(p.getName())) {
        calls.add(merged(p.getResource(), shared));
      }
    }
    return calls;
  }

  /**
   * True when the call names a code to validate (the batch reports a missing one as that call's
   * error).
   */
  public static boolean hasCode(Parameters call) {
    return call.getParameter().stream().anyMatch(p -> CODE_PARAMETERS.contains(p.getName()));
  }

  private static Parameters merged(Resource given, List<ParametersParameterComponent> shared) {
    if (!(given instanceof Parameters own)) {
      throw RequestMessages.wrongParameterType(OPERATION, VALIDATION, "Parameters");
    }
    Parameters merged = own.copy();
    Set<String> named =
        own.getParameter().stream()
            .map(ParametersParameterComponent::getName)
            .collect(Collectors.toSet());
    shared.stream()
        .filter(p -> !named.contains(p.getName()))
        .forEach(p -> merged.addParameter(p.copy()));
    return merged;
  }
}
