package org.cptx.support;

import java.util.Arrays;
import java.util.List;
import org.cptx.content.convert.FhirCodeSystems;
import org.cptx.content.convert.FhirValueSets;
import org.cptx.terminology.model.CodeSystemDefinition;
import org.cptx.terminology.model.ValueSetDefinition;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * FHIR resources built in a test, handed to the engine as its definitions (through the converters
 * content loading uses).
 */
public final class Definitions {

  private Definitions() {}

  public static CodeSystemDefinition cs(CodeSystem resource) {
    return FhirCodeSystems.definition(resource);
  }

  public static ValueSetDefinition vs(ValueSet resource) {
    return FhirValueSets.definition(resource);
  }

  public static List<CodeSystemDefinition> codeSystems(CodeSystem... resources) {
    return Arrays.stream(resources).map(Definitions::cs).toList();
  }

  public static List<ValueSetDefinition> valueSets(ValueSet... resources) {
    return Arrays.stream(resources).map(Definitions::vs).toList();
  }
}
