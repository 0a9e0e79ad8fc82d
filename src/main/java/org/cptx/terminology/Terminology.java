package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.codesystem.CodeSystemProviders;
import org.cptx.terminology.messages.CodeSystemMessages;
import org.cptx.terminology.messages.ComposeMessages;
import org.cptx.terminology.model.CodeSystemDefinition;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.valueset.CompiledValueSet;
import org.cptx.terminology.valueset.ComposeCompiler;
import org.cptx.terminology.valueset.Expander;
import org.cptx.terminology.valueset.Expansion;
import org.cptx.terminology.valueset.ExpansionRequest;
import org.cptx.terminology.valueset.ImplicitValueSets;
import org.cptx.terminology.valueset.SystemVersions;
import org.cptx.terminology.valueset.ValueSetCatalog;
import org.cptx.terminology.valueset.ValueSetDefaults;
import org.cptx.terminology.valueset.ValueSetValidateRequest;
import org.cptx.terminology.valueset.ValueSetValidator;

/**
 * The engine as the HTTP edge sees it: the code systems and value sets in scope and one worker per
 * operation. A request that brings its own resources works on {@link #withResources} of the
 * server's engine.
 */
public final class Terminology {

  private final CodeSystemRegistry registry;
  private final ValueSetCatalog valueSets;

  public Terminology(CodeSystemRegistry registry, ValueSetCatalog valueSets) {
    this.registry = registry;
    this.valueSets = valueSets;
  }

  /**
   * This engine with these code systems and value sets added for one request. A supplement among
   * them applies only when the request names it in {@code useSupplements} (url or url|version);
   * naming one that is not there is an error.
   */
  public Terminology withResources(
      List<CodeSystemDefinition> codeSystems,
      List<ValueSetDefinition> extraValueSets,
      List<String> useSupplements) {
    List<CodeSystemDefinition> supplements =
        codeSystems.stream()
            .filter(CodeSystemDefinition::isSupplement)
            .filter(
                s ->
                    useSupplements.contains(s.url())
                        || useSupplements.contains(s.url() + "|" + s.version()))
            .toList();
    for (String wanted : useSupplements) {
      boolean found =
          supplements.stream()
              .anyMatch(s -> wanted.equals(s.url()) || wanted.equals(s.url() + "|" + s.version()));
      if (!found) {
        throw CodeSystemMessages.supplementMissing(wanted);
      }
    }
    if (codeSystems.isEmpty() && extraValueSets.isEmpty()) {
      return this;
    }
    List<CodeSystemProvider> providers = new ArrayList<>();
    for (CodeSystemDefinition cs : codeSystems) {
      if (!cs.isSupplement()) {
        providers.add(
            CodeSystemProviders.fromDefinition(
                cs, CodeSystemProviders.supplementsOf(cs, supplements)));
      }
    }
    List<CodeSystemDefinition> allSupplements =
        codeSystems.stream().filter(CodeSystemDefinition::isSupplement).toList();
    return new Terminology(
        registry.overlay(providers, allSupplements), valueSets.overlay(extraValueSets));
  }

  /** This engine with the resources one request brings, and the supplements it names, in scope. */
  public Terminology within(RequestContent content) {
    return withResources(content.codeSystems(), content.valueSets(), content.supplements());
  }

  /**
   * The engine and the value set of a ValueSet operation: the request's resources in scope, the
   * value set resolved (as given, or by url and version among the server's and the request's), then
   * the supplements the value set names ({@code valueset-supplement}) applied as well. A null
   * reference gives no value set.
   *
   * @throws TerminologyException NOT_FOUND when no value set has that url (and version)
   */
  public ValueSetScope valueSetScope(RequestContent content, ValueSetReference reference) {
    Terminology scoped = within(content);
    if (reference == null) {
      return new ValueSetScope(scoped, null);
    }
    ValueSetDefinition valueSet =
        reference.resource() != null
            ? reference.resource()
            : scoped.valueSet(reference.url(), reference.version());
    List<String> supplements = ValueSetDefaults.supplements(valueSet);
    return new ValueSetScope(
        supplements.isEmpty() ? scoped : within(content.withSupplements(supplements)), valueSet);
  }

  public CodeSystemRegistry registry() {
    return registry;
  }

  public LookupResult lookup(LookupRequest request) {
    return new LookupService(registry).lookup(request);
  }

  public Subsumption subsumes(SubsumesRequest request) {
    return new SubsumptionService(registry).subsumes(request);
  }

  public ValidationResult validateCode(ValidateCodeRequest request) {
    return new CodeValidator(registry).validate(request);
  }

  /**
   * The value set with this url and version, including the implicit all-codes value set of a code
   * system.
   */
  public ValueSetDefinition valueSet(String url, String version) {
    return valueSets
        .find(url, version)
        .or(() -> ImplicitValueSets.find(registry, url))
        .orElseThrow(() -> ComposeMessages.valueSetNotFound(url, version));
  }

  /**
   * The implicit value sets (a code system's own, such as CPT's {@code cpt-all}, and all-codes
   * value sets) that no stored value set shadows, each with an id of its own, so they can be read
   * and searched as resources.
   */
  public List<ValueSetDefinition> implicitValueSets() {
    return ImplicitValueSets.listed(registry, valueSets);
  }

  public Expansion expand(ValueSetDefinition valueSet, ExpansionRequest request) {
    return new Expander().expand(compile(valueSet, request.versions()), request);
  }

  public ValidationResult validateInValueSet(
      ValueSetDefinition valueSet, ValueSetValidateRequest request) {
    return new ValueSetValidator(registry, valueSets).validate(valueSet, request);
  }

  /**
   * Each coding against its own code system, with no value set to be a member of (a batch entry
   * that names none, {@code valueSetMode=NO_MEMBERSHIP_CHECK}): the first valid coding's result,
   * with every coding's issues.
   */
  public ValidationResult validateInCodeSystems(ValueSetValidateRequest request) {
    List<ValidationResult> results = new ArrayList<>();
    for (CodingInput coding : request.codings()) {
      if (coding.system() == null) {
        results.add(
            new ValidationResult(
                false,
                CheckedCoding.of(null, coding.version(), coding.code()),
                null,
                List.of(CodeSystemMessages.codingHasNoSystem(coding.at("system")))));
        continue;
      }
      results.add(
          validateCode(
              new ValidateCodeRequest(
                  coding.system(),
                  coding.version(),
                  List.of(coding),
                  request.codeableConcept(),
                  request.options(),
                  request.versions())));
    }
    return ValidationResult.combine(results);
  }

  private CompiledValueSet compile(ValueSetDefinition valueSet, SystemVersions versions) {
    return new ComposeCompiler(registry, valueSets, versions).forExpansion().compile(valueSet);
  }
}
