package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.cptx.content.Licensing;
import org.cptx.content.ResourceStore;
import org.cptx.fhir.request.LookupRequestReader;
import org.cptx.fhir.request.Scoped;
import org.cptx.fhir.request.SubsumesRequestReader;
import org.cptx.fhir.request.ValidateCodeRequestReader;
import org.cptx.fhir.request.ValidateCodeRequestReader.CodeValidateCall;
import org.cptx.fhir.response.CodeSystemSummary;
import org.cptx.fhir.response.LookupResponse;
import org.cptx.fhir.response.SubsumesResponse;
import org.cptx.fhir.response.ValidationAnswer;
import org.cptx.fhir.response.ValidationDiagnostics;
import org.cptx.fhir.response.ValidationResponse;
import org.cptx.terminology.LookupRequest;
import org.cptx.terminology.LookupResult;
import org.cptx.terminology.SubsumesRequest;
import org.cptx.terminology.Terminology;
import org.cptx.terminology.ValidationResult;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;

/**
 * CodeSystem: read, search, $lookup, $subsumes and $validate-code, each at type and instance level
 * in one method. A licensed code system (CPT) is read and searched as a summary without concepts
 * ({@link CodeSystemSummary}).
 */
public final class CodeSystemResourceProvider extends ConformanceResourceProvider<CodeSystem> {

  private final Terminology terminology;

  public CodeSystemResourceProvider(ResourceStore store, Terminology terminology) {
    super(CodeSystem.class, store);
    this.terminology = terminology;
  }

  @Override
  protected CodeSystem present(CodeSystem metadata) {
    if (!Licensing.isLicensed(metadata)) {
      return super.present(metadata);
    }
    return CodeSystemSummary.of(metadata, conceptCount(metadata));
  }

  /**
   * The number of concepts the engine holds for this code system (a supplement, not in the engine:
   * its own).
   */
  private int conceptCount(CodeSystem metadata) {
    return terminology
        .registry()
        .find(metadata.getUrl(), metadata.getVersion())
        .filter(p -> java.util.Objects.equals(p.info().version(), metadata.getVersion()))
        .map(p -> p.info().conceptCount())
        .orElseGet(() -> metadata.hasCount() ? metadata.getCount() : metadata.getConcept().size());
  }

  @Operation(name = "$lookup", idempotent = true)
  public Parameters lookup(@IdParam(optional = true) IdType id, RequestDetails request) {
    return LookupResponse.of(lookupResult(id, request));
  }

  /**
   * $lookup up to the engine's result, which {@link #lookup} makes a {@code Parameters} of and a
   * direct answer writes as it is.
   */
  public LookupResult lookupResult(IdType id, RequestDetails request) {
    Scoped<LookupRequest> call = LookupRequestReader.read(request, optionalInstance(id));
    return terminology.within(call.content()).lookup(call.request());
  }

  @Operation(name = "$subsumes", idempotent = true)
  public Parameters subsumes(@IdParam(optional = true) IdType id, RequestDetails request) {
    Scoped<SubsumesRequest> call = SubsumesRequestReader.read(request, optionalInstance(id));
    return SubsumesResponse.of(terminology.within(call.content()).subsumes(call.request()));
  }

  @Operation(name = "$validate-code", idempotent = true)
  public Parameters validateCode(@IdParam(optional = true) IdType id, RequestDetails request) {
    return ValidationResponse.of(validation(id, request));
  }

  /**
   * $validate-code up to the engine's result and the diagnostics asked for, which {@link
   * #validateCode} makes a {@code Parameters} of and a direct answer writes as they are.
   */
  public ValidationAnswer validation(IdType id, RequestDetails request) {
    CodeValidateCall call = ValidateCodeRequestReader.read(request, optionalInstance(id));
    ValidationResult result = terminology.within(call.content()).validateCode(call.request());
    return new ValidationAnswer(
        result, null, call.diagnostics() ? ValidationDiagnostics.of(call.request(), result) : null);
  }
}
