package org.cptx.fhir.request;

import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cptx.terminology.Limits;
import org.cptx.terminology.messages.RequestMessages;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * The parameters of one operation call, from a GET query or a POST Parameters body (plus the query
 * of a POST), checked against the operation's table: repeated, mistyped and oversized parameters
 * are refused here, once, for every operation. A parameter the table does not know is skipped, as
 * FHIR servers do (clients send many), unless the request says {@code Prefer: handling=strict}:
 * then it is refused with a 400 that names it. An inline expansion profile (a {@code profile}
 * Parameters resource) gives defaults: each of its parameters counts as if the request had sent it,
 * unless the request sends that parameter itself.
 */
public final class OperationParameters {

  /**
   * Where HAPI's operation binding takes the body it hands an operation as {@link
   * RequestDetails#getResource()} (its OperationParameter's user-data key). Operations read the
   * body through {@code getResource()} only; the key is used to give a batch entry, dispatched
   * through HAPI's binding, its body ({@link #attachBody}).
   */
  private static final String BODY_KEY = OperationParam.class.getName() + "_PARSED_RESOURCE";

  private final String operation;
  private final Map<String, List<Base>> values;

  private OperationParameters(String operation, Map<String, List<Base>> values) {
    this.operation = operation;
    this.values = values;
  }

  /**
   * The parameter of an inline expansion profile: a Parameters resource whose parameters are
   * defaults.
   */
  static final String PROFILE = "profile";

  /**
   * Parameters every operation accepts: {@code uuid}, a request identifier the HL7 validator sends
   * with each terminology call (not used); {@code profile-url}, the identifier of the client's
   * expansion profile (its parameters come with the request; cptx keeps no stored profiles), and
   * {@code profile} as a canonical of the same kind (as a Parameters resource it is read as
   * defaults, see above).
   */
  static final List<ParamSpec> COMMON =
      List.of(
          ParamSpec.one("uuid", ParamType.STRING),
          ParamSpec.one("profile-url", ParamType.URI),
          ParamSpec.one(PROFILE, ParamType.URI));

  public static OperationParameters read(
      String operation, RequestDetails request, List<ParamSpec> table) {
    return read(
        operation,
        request.getRequestType() == RequestTypeEnum.POST ? request.getResource() : null,
        request.getParameters(),
        StrictHandling.asked(request),
        table);
  }

  /**
   * The parameters of a call that is part of another request (an entry of $batch-validate-code):
   * its own Parameters, with the strictness the enclosing request asked for.
   */
  static OperationParameters ofEntry(
      String operation, Parameters entry, RequestDetails enclosing, List<ParamSpec> table) {
    return read(operation, entry, Map.of(), StrictHandling.asked(enclosing), table);
  }

  private static OperationParameters read(
      String operation,
      IBaseResource body,
      Map<String, String[]> query,
      boolean strict,
      List<ParamSpec> table) {
    Map<String, ParamSpec> specs = ParamTables.byName(table, COMMON);
    Map<String, List<Base>> values = new LinkedHashMap<>();
    Reader reader = new Reader(operation, specs, values, strict);
    Parameters profile = reader.body(body);
    query.forEach(reader::query);
    if (profile != null) {
      reader.defaults(profile);
    }
    return new OperationParameters(operation, values);
  }

  /**
   * Hands an operation call made inside the server (a batch entry) its body where HAPI keeps the
   * body it parsed for a call of its own, so the operation reads it as it would that one's.
   */
  public static void attachBody(RequestDetails request, IBaseResource body) {
    request.getUserData().put(BODY_KEY, body);
  }

  public String operation() {
    return operation;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Optional<String> string(String name) {
    return first(name).map(v -> ((PrimitiveType<?>) v).getValueAsString());
  }

  public List<String> strings(String name) {
    List<Base> given = values.get(name);
    if (given == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(given.size());
    for (Base v : given) {
      out.add(((PrimitiveType<?>) v).getValueAsString());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Hands each value of the named parameters, in request order, to the sink (for echoing them
   * back).
   */
  public void echo(java.util.Set<String> names, java.util.function.BiConsumer<String, Type> sink) {
    values.forEach(
        (name, list) -> {
          if (names.contains(name)) {
            list.forEach(v -> sink.accept(name, (Type) v));
          }
        });
  }

  public Optional<Integer> integer(String name) {
    return first(name).map(v -> ((IntegerType) v).getValue());
  }

  /** The resources given for a resource-valued parameter, in order. */
  public List<Resource> resources(String name) {
    List<Base> given = values.get(name);
    if (given == null) {
      return List.of();
    }
    return given.stream().map(Resource.class::cast).toList();
  }

  public Optional<Resource> resource(String name) {
    return first(name).map(Resource.class::cast);
  }

  public Optional<Boolean> bool(String name) {
    return first(name).map(v -> ((BooleanType) v).booleanValue());
  }

  public Optional<Coding> coding(String name) {
    return first(name).map(Coding.class::cast);
  }

  public Optional<CodeableConcept> codeableConcept(String name) {
    return first(name).map(CodeableConcept.class::cast);
  }

  private Optional<Base> first(String name) {
    List<Base> list = values.get(name);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** Reads values into the map, applying the table and the limits. */
  private static final class Reader {
    private final String operation;
    private final Map<String, ParamSpec> specs;
    private final Map<String, List<Base>> values;
    private final boolean strict;
    private int count;

    Reader(
        String operation,
        Map<String, ParamSpec> specs,
        Map<String, List<Base>> values,
        boolean strict) {
      this.operation = operation;
      this.specs = specs;
      this.values = values;
      this.strict = strict;
    }

    /**
     * Reads a POSTed body; returns the inline expansion profile it carries, if any, for {@link
     * #defaults}.
     */
    Parameters body(Object body) {
      if (body == null) {
        return null;
      }
      if (!(body instanceof Parameters parameters)) {
        throw RequestMessages.wrongBody(operation, ((IBaseResource) body).fhirType());
      }
      Parameters profile = null;
      for (Parameters.ParametersParameterComponent p : parameters.getParameter()) {
        if (PROFILE.equals(p.getName()) && p.hasResource()) {
          profile = inlineProfile(p.getResource());
        } else {
          parameter(p);
        }
      }
      return profile;
    }

    /** The parameters of an inline expansion profile that the request does not give itself. */
    void defaults(Parameters profile) {
      Set<String> given = Set.copyOf(values.keySet());
      for (Parameters.ParametersParameterComponent p : profile.getParameter()) {
        if (!given.contains(p.getName()) && !PROFILE.equals(p.getName())) {
          parameter(p);
        }
      }
    }

    private Parameters inlineProfile(Resource resource) {
      if (!(resource instanceof Parameters profile)) {
        throw RequestMessages.wrongParameterType(
            operation, PROFILE, "canonical or an inline Parameters resource");
      }
      return profile;
    }

    private void parameter(Parameters.ParametersParameterComponent p) {
      ParamSpec spec = spec(p.getName());
      if (spec == null) {
        return;
      }
      if (spec.type() == ParamType.RESOURCE && p.hasResource() && !p.hasValue()) {
        add(spec, p.getResource());
        return;
      }
      if (p.hasResource() || p.hasPart() || !p.hasValue()) {
        throw RequestMessages.wrongParameterType(operation, p.getName(), spec.type().fhirName());
      }
      add(spec, TypedValues.check(operation, spec, p.getValue()));
    }

    void query(String name, String[] given) {
      if (name.startsWith("_")) {
        return;
      }
      ParamSpec spec = spec(name);
      if (spec == null) {
        return;
      }
      if (!spec.type().primitive()) {
        throw RequestMessages.parameterNotByGet(operation, name);
      }
      for (String value : given) {
        add(spec, TypedValues.parse(operation, spec, value));
      }
    }

    /**
     * The row for a parameter; null for one the table does not know, which is skipped unless
     * handling is strict.
     */
    private ParamSpec spec(String name) {
      ParamSpec spec = name == null ? null : specs.get(name);
      if (spec == null && strict) {
        throw RequestMessages.unknownParameter(
            operation, String.valueOf(name), List.copyOf(specs.keySet()));
      }
      return spec;
    }

    private void add(ParamSpec spec, Base value) {
      if (++count > Limits.MAX_PARAMETERS) {
        throw RequestMessages.tooManyParameters(count);
      }
      List<Base> list = values.computeIfAbsent(spec.name(), n -> new ArrayList<>());
      if (!list.isEmpty() && !spec.repeats()) {
        throw RequestMessages.repeatedParameter(operation, spec.name());
      }
      list.add(value);
    }
  }
}
