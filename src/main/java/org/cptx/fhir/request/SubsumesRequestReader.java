package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.one;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Optional;
import org.cptx.terminology.SubsumesRequest;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;

/**
 * GET or POST $subsumes parameters (type or instance level) into one {@link SubsumesRequest}:
 * {@code codeA} and {@code codeB} with {@code system} (or the instance), or {@code codingA} and
 * {@code codingB}; every system and version named must agree.
 */
public final class SubsumesRequestReader {

  static final String OPERATION = "$subsumes";

  static final List<ParamSpec> TABLE =
      CommonParams.table(
          List.of(
              one("codeA", ParamType.CODE),
              one("codeB", ParamType.CODE),
              one("system", ParamType.URI),
              one("version", ParamType.STRING),
              one("codingA", ParamType.CODING),
              one("codingB", ParamType.CODING)),
          CommonParams.CONTENT);

  private SubsumesRequestReader() {}

  public static Scoped<SubsumesRequest> read(
      RequestDetails request, Optional<CodeSystem> instance) {
    OperationParameters params = OperationParameters.read(OPERATION, request, TABLE);
    Optional<Coding> a = params.coding("codingA");
    Optional<Coding> b = params.coding("codingB");
    String codeA = code(params, "A", a);
    String codeB = code(params, "B", b);
    String system =
        SystemResolver.system(
            OPERATION,
            params.string("system"),
            agreed("system", a.map(Coding::getSystem), b.map(Coding::getSystem)),
            instance);
    String version =
        SystemResolver.version(
            OPERATION,
            params.string("version"),
            agreed("version", a.map(Coding::getVersion), b.map(Coding::getVersion)),
            instance);
    return new Scoped<>(
        TxResources.read(params), new SubsumesRequest(system, version, codeA, codeB));
  }

  /** The code of side A or B: {@code codeX} or {@code codingX}, exactly one of them. */
  private static String code(OperationParameters params, String side, Optional<Coding> coding) {
    if (coding.isPresent() && params.has("code" + side)) {
      throw RequestMessages.contradiction(
          OPERATION, "give either 'code" + side + "' or 'coding" + side + "', not both");
    }
    return coding
        .map(Coding::getCode)
        .or(() -> params.string("code" + side))
        .orElseThrow(
            () ->
                RequestMessages.missingParameter(
                    OPERATION, "'codeA' and 'codeB' (with 'system'), or 'codingA' and 'codingB'"));
  }

  /**
   * The system (or version) both codings name; codings that name different ones contradict each
   * other.
   */
  private static Optional<String> agreed(String what, Optional<String> a, Optional<String> b) {
    if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
      throw RequestMessages.contradiction(
          OPERATION,
          "codingA and codingB name different "
              + what
              + "s: "
              + a.get()
              + " and "
              + b.get()
              + "; $subsumes compares two codes of one code system");
    }
    return a.or(() -> b);
  }
}
