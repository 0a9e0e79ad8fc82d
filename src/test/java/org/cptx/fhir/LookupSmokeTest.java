package org.cptx.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.cptx.support.RunningServer;
import org.cptx.support.TestContent;
import org.cptx.support.TestServer;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;

@RunningServer
class LookupSmokeTest {

  @Test
  void hapiClientLooksUpTheSeedCode(TestServer server) {
    Parameters out =
        server
            .client()
            .operation()
            .onType("CodeSystem")
            .named("$lookup")
            .withParameter(Parameters.class, "system", new UriType(TestContent.CPT))
            .andParameter("code", new StringType("47383"))
            .execute();
    assertThat(out.getParameterValue("display").primitiveValue())
        .isEqualTo("Ablation, 1 or more liver tumor(s), percutaneous, cryoablation");
  }
}
