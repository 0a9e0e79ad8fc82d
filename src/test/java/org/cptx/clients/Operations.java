package org.cptx.clients;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IOperationUnnamed;
import ca.uhn.fhir.rest.gclient.IOperationUntypedWithInputAndPartialOutput;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Terminology operations through HAPI's generic client: type or instance level, GET or POST, JSON
 * or XML.
 */
final class Operations {

  private Operations() {}

  /** Every encoding with every HTTP method: the arguments of a parameterized operation test. */
  static Stream<Arguments> encodingsAndMethods() {
    return Stream.of(EncodingEnum.JSON, EncodingEnum.XML)
        .flatMap(e -> Stream.of(Arguments.of(e, "GET"), Arguments.of(e, "POST")));
  }

  /**
   * Runs {@code type/$op} (id null) or {@code type/id/$op} with these parameters, by GET or POST.
   */
  static <T extends IBaseResource> T run(
      IGenericClient client,
      String type,
      String id,
      String op,
      Parameters in,
      String method,
      Class<T> returns) {
    IOperationUnnamed target =
        id == null
            ? client.operation().onType(type)
            : client.operation().onInstance(new IdType(type, id));
    IOperationUntypedWithInputAndPartialOutput<Parameters> call =
        target.named(op).withParameters(in);
    if ("GET".equals(method)) {
      call.useHttpGet();
    }
    return call.returnResourceType(returns).execute();
  }

  static Parameters run(
      IGenericClient client, String type, String id, String op, Parameters in, String method) {
    return run(client, type, id, op, in, method, Parameters.class);
  }

  /** The id cptx serves a value set under, found by a search on its canonical URL. */
  static String valueSetId(IGenericClient client, String url) {
    Bundle found =
        client
            .search()
            .forResource(ValueSet.class)
            .where(ValueSet.URL.matches().value(url))
            .returnBundle(Bundle.class)
            .execute();
    if (found.getEntry().size() != 1) {
      throw new AssertionError(
          "ValueSet?url=" + url + " found " + found.getEntry().size() + " value sets, not 1");
    }
    return found.getEntryFirstRep().getResource().getIdElement().getIdPart();
  }

  static Parameters params(Object... namesAndValues) {
    Parameters p = new Parameters();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value instanceof org.hl7.fhir.r4.model.Type type) {
        p.addParameter().setName((String) namesAndValues[i]).setValue(type);
      } else if (value instanceof org.hl7.fhir.r4.model.Resource resource) {
        p.addParameter().setName((String) namesAndValues[i]).setResource(resource);
      } else {
        throw new IllegalArgumentException("not a FHIR value: " + value);
      }
    }
    return p;
  }

  static UriType uri(String value) {
    return new UriType(value);
  }

  /** The value of a top-level output parameter as a string, null when absent. */
  static String value(Parameters out, String name) {
    ParametersParameterComponent p = out.getParameter(name);
    return p == null || p.getValue() == null ? null : p.getValue().primitiveValue();
  }

  /** The output parameters of that name (match, property, designation, validation...). */
  static List<ParametersParameterComponent> all(Parameters out, String name) {
    return out.getParameter().stream().filter(p -> name.equals(p.getName())).toList();
  }

  /** A part of a parameter, null when absent. */
  static ParametersParameterComponent part(ParametersParameterComponent parameter, String name) {
    return parameter.getPart().stream()
        .filter(p -> name.equals(p.getName()))
        .findFirst()
        .orElse(null);
  }
}
