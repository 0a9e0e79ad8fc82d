package org.cptx.terminology;

import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.Expansion;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.cptx.terminology.valueset.ValueSetValidateRequest;

/**
 * The engine for one ValueSet operation and the value set it is about; it decides the display
 * language the operation uses ({@link DisplayLanguages}) now that the value set is known.
 *
 * @param terminology the server's engine with the request's resources and the value set's
 *     supplements in scope
 * @param valueSet the value set, or null when the request names none (a batch entry checked in its
 *     code systems)
 */
public record ValueSetScope(Terminology terminology, ValueSetDefinition valueSet) {

  /** The request with the display language decided for an expansion of this value set. */
  public ExpansionRequest decide(ExpansionRequest request, LanguageRequest languages) {
    return request.withPresentation(
        request
            .presentation()
            .withDisplayLanguage(
                DisplayLanguages.resolve(languages, valueSet, DisplayLanguages.Use.EXPAND)));
  }

  /** Expands the value set for a request whose display language is decided ({@link #decide}). */
  public Expansion expand(ExpansionRequest decided) {
    return terminology.expand(valueSet, decided);
  }

  /** The request with the display language decided for a validation against this value set. */
  public ValueSetValidateRequest decide(
      ValueSetValidateRequest request, LanguageRequest languages) {
    return request.with(
        request
            .options()
            .withDisplayLanguage(
                DisplayLanguages.resolve(languages, valueSet, DisplayLanguages.Use.VALIDATE)));
  }

  /**
   * Validates the codings of a request whose display language is decided ({@link #decide}): as
   * members of the value set, or, when {@code membership} is false or there is no value set, each
   * in its own code system.
   */
  public ValidationResult validate(ValueSetValidateRequest decided, boolean membership) {
    return membership && valueSet != null
        ? terminology.validateInValueSet(valueSet, decided)
        : terminology.validateInCodeSystems(decided);
  }
}
