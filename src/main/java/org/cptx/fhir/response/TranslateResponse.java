package org.cptx.fhir.response;

import java.util.List;
import org.cptx.terminology.conceptmap.TranslateMatch;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;

/**
 * $translate output: {@code result}, a {@code message} when nothing matched, and one {@code match}
 * per mapping.
 */
public final class TranslateResponse {

  private TranslateResponse() {}

  public static Parameters of(List<TranslateMatch> matches) {
    Parameters out = new Parameters();
    out.addParameter().setName("result").setValue(new BooleanType(!matches.isEmpty()));
    if (matches.isEmpty()) {
      out.addParameter().setName("message").setValue(new StringType("No translations found"));
    }
    for (TranslateMatch m : matches) {
      ParametersParameterComponent match = out.addParameter().setName("match");
      match.addPart().setName("concept").setValue(new Coding(m.system(), m.code(), null));
      if (m.equivalence() != null) {
        match.addPart().setName("equivalence").setValue(new CodeType(m.equivalence()));
      }
      match.addPart().setName("originMap").setValue(new CanonicalType(m.originMap()));
      if (m.sourceCode() != null) {
        match
            .addPart()
            .setName("source")
            .setValue(new Coding(m.sourceSystem(), m.sourceCode(), null));
      }
    }
    return out;
  }
}
