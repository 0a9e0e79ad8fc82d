package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cptx.content.ResourceStore;
import org.cptx.fhir.convert.EngineValueSets;
import org.cptx.fhir.request.BatchValidateRequestReader;
import org.cptx.fhir.request.ExpandRequestReader;
import org.cptx.fhir.request.ExpandRequestReader.ExpandCall;
import org.cptx.fhir.request.ValueSetValidateRequestReader;
import org.cptx.fhir.request.ValueSetValidateRequestReader.ValidateCall;
import org.cptx.fhir.response.BatchValidationResponse;
import org.cptx.fhir.response.ExpansionResponse;
import org.cptx.fhir.response.OperationOutcomes;
import org.cptx.fhir.response.ValidationAnswer;
import org.cptx.fhir.response.ValidationDiagnostics;
import org.cptx.fhir.response.ValidationResponse;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.TerminologyException;
import org.cptx.terminology.ValidationResult;
import org.cptx.terminology.ValueSetScope;
import org.cptx.terminology.messages.RequestMessages;
import org.cptx.terminology.valueset.Expansion;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.cptx.terminology.valueset.ValueSetValidateRequest;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * ValueSet: read, search, $expand and $validate-code, each at type and instance level in one
 * method. The engine's implicit value sets (CPT's {@code cpt-*}, all-codes value sets) are read,
 * searched and operated on by id like stored ones.
 */
public final class ValueSetResourceProvider extends ConformanceResourceProvider<ValueSet> {

  private final Terminology terminology;

  public ValueSetResourceProvider(ResourceStore store, Terminology terminology) {
    super(ValueSet.class, store);
    this.terminology = terminology;
  }

  @Override
  protected List<ValueSet> candidates() {
    List<ValueSet> all = new ArrayList<>(super.candidates());
    all.addAll(implicit());
    return all;
  }

  /** The engine's implicit value sets, as resources. */
  private List<ValueSet> implicit() {
    return terminology.implicitValueSets().stream().map(EngineValueSets::resource).toList();
  }

  @Override
  protected Optional<ValueSet> find(String id) {
    return super.find(id)
        .or(
            () ->
                terminology.implicitValueSets().stream()
                    .filter(vs -> id.equals(vs.id()))
                    .findFirst()
                    .map(EngineValueSets::resource));
  }

  @Operation(name = "$expand", idempotent = true)
  public ValueSet expand(@IdParam(optional = true) IdType id, RequestDetails request) {
    Expanded expanded = expansion(id, request);
    return ExpansionResponse.of(expanded.expansion(), expanded.request(), expanded.echoed());
  }

  /**
   * What $expand answers with, before it becomes a ValueSet: the expansion, the request as decided,
   * and the parameters the answer echoes.
   */
  public record Expanded(Expansion expansion, ExpansionRequest request, Parameters echoed) {}

  /**
   * $expand up to the engine's expansion (the answer written from it directly, or as a ValueSet).
   */
  public Expanded expansion(IdType id, RequestDetails request) {
    ExpandCall call = ExpandRequestReader.read(request, optionalInstance(id));
    ValueSetScope scope = terminology.valueSetScope(call.content(), call.valueSet());
    ExpansionRequest decided = scope.decide(call.request(), call.languages());
    return new Expanded(scope.expand(decided), decided, call.echoed());
  }

  /**
   * Each {@code validation} is answered as $validate-code would; one call's error does not stop the
   * others.
   */
  @Operation(name = "$batch-validate-code")
  public Parameters batchValidateCode(RequestDetails request) {
    List<Resource> results = new ArrayList<>();
    for (Parameters call : BatchValidateRequestReader.read(request)) {
      try {
        if (!BatchValidateRequestReader.hasCode(call)) {
          throw RequestMessages.noCodeToValidate();
        }
        results.add(
            ValidationResponse.of(answer(ValueSetValidateRequestReader.readEntry(call, request))));
      } catch (TerminologyException e) {
        results.add(OperationOutcomes.of(List.of(e.issue())));
      }
    }
    return BatchValidationResponse.of(results);
  }

  @Operation(name = "$validate-code", idempotent = true)
  public Parameters validateCode(@IdParam(optional = true) IdType id, RequestDetails request) {
    return ValidationResponse.of(validation(id, request));
  }

  /**
   * $validate-code up to the engine's result, the CodeableConcept to echo and the diagnostics asked
   * for, which {@link #validateCode} makes a {@code Parameters} of and a direct answer writes as
   * they are.
   */
  public ValidationAnswer validation(IdType id, RequestDetails request) {
    return answer(ValueSetValidateRequestReader.read(request, optionalInstance(id)));
  }

  private ValidationAnswer answer(ValidateCall call) {
    ValueSetScope scope = terminology.valueSetScope(call.content(), call.valueSet());
    ValueSetValidateRequest decided = scope.decide(call.request(), call.languages());
    ValidationResult result = scope.validate(decided, call.membership());
    String diagnostics =
        call.diagnostics()
            ? ValidationDiagnostics.of(call.membership() ? scope.valueSet() : null, decided, result)
            : null;
    return new ValidationAnswer(result, call.codeableConcept(), diagnostics);
  }
}
