package org.cptx.fhir.provider;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Optional;
import org.cptx.content.ResourceStore;
import org.cptx.fhir.request.LookupRequestReader;
import org.cptx.fhir.request.ValidateCodeRequestReader;
import org.cptx.fhir.response.LookupResponse;
import org.cptx.fhir.response.ValidationResponse;
import org.cptx.terminology.Terminology;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;

/** CodeSystem: read, search, $lookup and $validate-code, each at type and instance level in one method. */
public final class CodeSystemResourceProvider extends ConformanceResourceProvider<CodeSystem> {

  private final Terminology terminology;

  public CodeSystemResourceProvider(ResourceStore store, Terminology terminology) {
    super(CodeSystem.class, store);
    this.terminology = terminology;
  }

  @Operation(name = "$lookup", idempotent = true)
  public Parameters lookup(@IdParam(optional = true) IdType id, RequestDetails request) {
    return LookupResponse.of(terminology.lookup(LookupRequestReader.read(request, optionalInstance(id))));
  }

  @Operation(name = "$validate-code", idempotent = true)
  public Parameters validateCode(@IdParam(optional = true) IdType id, RequestDetails request) {
    return ValidationResponse.of(
        terminology.validateCode(ValidateCodeRequestReader.read(request, optionalInstance(id))));
  }

  private Optional<CodeSystem> optionalInstance(IdType id) {
    return id == null || !id.hasIdPart() ? Optional.empty() : Optional.of(instance(id));
  }
}
