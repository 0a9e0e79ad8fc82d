package org.cptx.fhir.response;

import org.cptx.fhir.convert.EngineValues;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.LookupResult;
import org.cptx.terminology.model.Designation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

/** A {@link LookupResult} as the $lookup output Parameters. */
public final class LookupResponse {

  private LookupResponse() {}

  public static Parameters of(LookupResult result) {
    CodeSystemInfo cs = result.system();
    Parameters out = new Parameters();
    out.addParameter("name", new StringType(cs.name() != null ? cs.name() : cs.url()));
    out.addParameter("system", new UriType(cs.url()));
    if (cs.version() != null) {
      out.addParameter("version", new StringType(cs.version()));
    }
    out.addParameter("code", new CodeType(result.code()));
    if (result.display() != null) {
      out.addParameter("display", new StringType(result.display()));
    }
    out.addParameter("abstract", new BooleanType(result.notSelectable()));
    if (result.definition() != null) {
      out.addParameter("definition", new StringType(result.definition()));
    }
    for (Designation d : result.designations()) {
      ParametersParameterComponent p = out.addParameter().setName("designation");
      if (d.language() != null) {
        p.addPart().setName("language").setValue(new CodeType(d.language()));
      }
      if (d.use() != null) {
        p.addPart().setName("use").setValue(EngineValues.coding(d.use()));
      }
      if (d.source() != null) {
        p.addPart().setName("source").setValue(new org.hl7.fhir.r4.model.CanonicalType(d.source()));
      }
      p.addPart().setName("value").setValue(new StringType(d.value()));
    }
    for (ConceptProperty property : result.properties()) {
      property(out.addParameter().setName("property"), property);
    }
    result
        .supplements()
        .forEach(
            s -> out.addParameter("used-supplement", new org.hl7.fhir.r4.model.CanonicalType(s)));
    return out;
  }

  private static void property(ParametersParameterComponent p, ConceptProperty property) {
    p.addPart().setName("code").setValue(new CodeType(property.code()));
    if (property.description() != null) {
      p.addPart().setName("description").setValue(new StringType(property.description()));
    }
    if (property.value() != null) {
      p.addPart().setName("value").setValue(EngineValues.type(property.value()));
    }
    for (ConceptProperty sub : property.subproperties()) {
      ParametersParameterComponent part = p.addPart().setName("subproperty");
      part.addPart().setName("code").setValue(new CodeType(sub.code()));
      part.addPart().setName("value").setValue(EngineValues.type(sub.value()));
    }
  }
}
