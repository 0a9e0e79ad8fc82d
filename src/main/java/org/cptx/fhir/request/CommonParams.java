package org.cptx.fhir.request;

import static org.cptx.fhir.request.ParamSpec.many;
import static org.cptx.fhir.request.ParamSpec.one;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parameter rows several operations share, in named groups; each operation's table is its own
 * rows plus the groups it takes, put together by {@link #table}.
 */
final class CommonParams {

  /** A code with its system (and version), or a Coding: $lookup and both $validate-code. */
  static final List<ParamSpec> CODE_OR_CODING =
      List.of(
          one("code", ParamType.CODE),
          one("system", ParamType.URI),
          one("version", ParamType.STRING),
          one("coding", ParamType.CODING));

  /**
   * The code to validate: as {@link #CODE_OR_CODING} with a display to check, or a CodeableConcept
   * instead.
   */
  static final List<ParamSpec> CODE_TO_VALIDATE =
      join(
          CODE_OR_CODING,
          List.of(
              one("display", ParamType.STRING),
              one("codeableConcept", ParamType.CODEABLE_CONCEPT)));

  /**
   * How both $validate-code judge a code: abstract codes, display strictness ({@code
   * lenient-display-validation}, or {@code mode=lenient-display-validation} as the HL7 validator
   * says it), the units reported, and whether the answer explains itself ({@code diagnostics}).
   */
  static final List<ParamSpec> VALIDATION_OPTIONS =
      List.of(
          one("abstract", ParamType.BOOLEAN),
          one("lenient-display-validation", ParamType.BOOLEAN),
          one(CheckOptionsReader.MODE, ParamType.CODE),
          one("diagnostics", ParamType.BOOLEAN),
          Units.SPEC);

  /**
   * The date the answer is for (accepted, not used), the language displays are wanted in, and the
   * language to use when the request asks for none ({@code defaultDisplayLanguage}, from a client's
   * expansion parameters).
   */
  static final List<ParamSpec> DATE_AND_LANGUAGE =
      List.of(
          one("date", ParamType.DATE_TIME),
          one("displayLanguage", ParamType.CODE),
          one(DisplayLanguage.DEFAULT, ParamType.CODE));

  /**
   * With no version named, the latest version is used: {@code default-to-latest-version=true} asks
   * for what cptx always does (false is accepted and changes nothing: cptx has no other default).
   */
  static final ParamSpec DEFAULT_TO_LATEST = one("default-to-latest-version", ParamType.BOOLEAN);

  /**
   * The value set of a ValueSet operation (see {@link ValueSetResolver}), and its context
   * (accepted, not used).
   */
  static final List<ParamSpec> VALUE_SET =
      List.of(
          one("url", ParamType.URI),
          one("valueSet", ParamType.RESOURCE),
          one("valueSetVersion", ParamType.STRING),
          one("context", ParamType.URI));

  /** Only active codes count: $expand and ValueSet/$validate-code. */
  static final ParamSpec ACTIVE_ONLY = one("activeOnly", ParamType.BOOLEAN);

  /** The code-system versions an operation uses (see {@link SystemVersionReader}). */
  static final List<ParamSpec> SYSTEM_VERSIONS =
      List.of(
          many("system-version", ParamType.URI),
          many("check-system-version", ParamType.URI),
          many("force-system-version", ParamType.URI),
          DEFAULT_TO_LATEST);

  /** The version of a value set a ValueSet operation imports without naming one. */
  static final ParamSpec DEFAULT_VALUESET_VERSION = one("default-valueset-version", ParamType.URI);

  /**
   * Content the request brings or asks for: supplements and its own resources (see {@link
   * TxResources}).
   */
  static final List<ParamSpec> CONTENT =
      List.of(many("useSupplement", ParamType.URI), TxResources.SPEC);

  private CommonParams() {}

  /** An operation's table: the groups in order; a name in two groups is a mistake in the table. */
  @SafeVarargs
  static List<ParamSpec> table(List<ParamSpec>... groups) {
    List<ParamSpec> table = join(groups);
    Set<String> names = new HashSet<>();
    for (ParamSpec spec : table) {
      if (!names.add(spec.name())) {
        throw new IllegalStateException("parameter '" + spec.name() + "' is listed twice");
      }
    }
    return table;
  }

  @SafeVarargs
  private static List<ParamSpec> join(List<ParamSpec>... groups) {
    List<ParamSpec> all = new ArrayList<>();
    for (List<ParamSpec> group : groups) {
      all.addAll(group);
    }
    return List.copyOf(all);
  }
}
