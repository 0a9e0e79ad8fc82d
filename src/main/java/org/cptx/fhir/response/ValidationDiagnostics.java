package org.cptx.fhir.response;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.cptx.terminology.CheckOptions;
import org.cptx.terminology.CodingInput;
import org.cptx.terminology.Issue;
import org.cptx.terminology.ValidateCodeRequest;
import org.cptx.terminology.ValidationResult;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.SystemVersions;
import org.cptx.terminology.valueset.ValueSetValidateRequest;

/**
 * The {@code diagnostics} text of a $validate-code answer ({@code diagnostics=true}): what was
 * checked, against which system version or value set, with which options, and what came of it; one
 * line of "; "-separated parts.
 */
public final class ValidationDiagnostics {

  private ValidationDiagnostics() {}

  public static String of(ValidateCodeRequest request, ValidationResult result) {
    StringJoiner text = new StringJoiner("; ");
    text.add(
        "CodeSystem/$validate-code against "
            + request.system()
            + (request.version() != null
                ? " version " + request.version()
                : " (no version asked: the latest)"));
    return finish(text, request.codings(), request.options(), request.versions(), result);
  }

  /**
   * @param valueSet the value set checked against; null when each coding was checked in its code
   *     system only
   */
  public static String of(
      ValueSetDefinition valueSet, ValueSetValidateRequest request, ValidationResult result) {
    StringJoiner text = new StringJoiner("; ");
    text.add(
        valueSet == null
            ? "ValueSet/$validate-code with no membership check: each coding in its code system"
            : "ValueSet/$validate-code against "
                + (valueSet.url() != null ? valueSet.url() : "an inline value set")
                + (valueSet.version() != null ? "|" + valueSet.version() : ""));
    return finish(text, request.codings(), request.options(), request.versions(), result);
  }

  private static String finish(
      StringJoiner text,
      List<CodingInput> codings,
      CheckOptions options,
      SystemVersions versions,
      ValidationResult result) {
    codings.forEach(c -> text.add("coding " + describe(c)));
    text.add(
        "display language: "
            + (options.displayLanguage() != null ? options.displayLanguage() : "none asked"));
    text.add("wrong displays are " + (options.lenientDisplay() ? "warnings" : "errors"));
    addVersions(text, "system-version", versions.defaults());
    addVersions(text, "force-system-version", versions.forced());
    addVersions(text, "check-system-version", versions.checks());
    if (result.coding().version() != null) {
      text.add("version used: " + result.coding().version());
    }
    long errors =
        result.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR).count();
    text.add(
        "result: "
            + result.result()
            + " ("
            + result.issues().size()
            + " issues, "
            + errors
            + " errors)");
    return text.toString();
  }

  private static String describe(CodingInput c) {
    return (c.system() != null ? c.system() : "(no system)")
        + (c.version() != null ? "|" + c.version() : "")
        + "#"
        + c.code()
        + (c.display() != null ? " '" + c.display() + "'" : "");
  }

  private static void addVersions(StringJoiner text, String name, Map<String, String> versions) {
    versions.forEach((system, version) -> text.add(name + " " + system + "|" + version));
  }
}
