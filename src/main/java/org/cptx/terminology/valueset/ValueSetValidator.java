package org.cptx.terminology.valueset;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.CheckedCoding;
import org.cptx.terminology.CodeSystemRegistry;
import org.cptx.terminology.Issue;
import org.cptx.terminology.ValidationResult;
import org.cptx.terminology.messages.ValueSetMessages;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * ValueSet/$validate-code: each coding checked by {@link CodingInValueSet}. For a CodeableConcept,
 * the answer is valid when a coding is in the value set and nothing is in error; not-in-value-set
 * findings about the other codings are then only information. When none is in it, the answer says
 * no coding was valid, unless the value set could not be resolved, which is then the whole story.
 */
public final class ValueSetValidator {

  private final CodingInValueSet codings;

  public ValueSetValidator(CodeSystemRegistry registry, ValueSetCatalog catalog) {
    this.codings = new CodingInValueSet(registry, catalog);
  }

  public ValidationResult validate(ValueSetDefinition valueSet, ValueSetValidateRequest request) {
    List<CodingInValueSet.Outcome> outcomes = new ArrayList<>();
    request.codings().forEach(c -> outcomes.add(codings.check(valueSet, c, request)));
    if (!request.codeableConcept()) {
      return outcomes.get(0).result();
    }
    boolean anyIn = outcomes.stream().anyMatch(CodingInValueSet.Outcome::inValueSet);
    List<Issue> issues = new ArrayList<>();
    for (CodingInValueSet.Outcome o : outcomes) {
      for (Issue i : o.result().issues()) {
        issues.add("not-in-vs".equals(i.txType()) ? ValueSetMessages.codingNotInValueSet(i) : i);
      }
    }
    if (!anyIn) {
      String canonical = org.cptx.terminology.Canonicals.of(valueSet.url(), valueSet.version());
      boolean unresolvable =
          issues.stream().anyMatch(i -> "Unable_to_resolve_value_Set_".equals(i.messageId()));
      if (!unresolvable) {
        issues.add(0, ValueSetMessages.noValidCoding(canonical));
      }
      org.cptx.terminology.UnknownSystem unknown =
          outcomes.stream()
              .map(o -> o.result().unknownSystem())
              .filter(u -> u != null)
              .findFirst()
              .orElse(null);
      return new ValidationResult(false, CheckedCoding.NONE, unknown, issues);
    }
    CodingInValueSet.Outcome first =
        outcomes.stream().filter(CodingInValueSet.Outcome::inValueSet).findFirst().orElseThrow();
    ValidationResult chosen = first.result();
    boolean valid = issues.stream().noneMatch(Issue::isError);
    CheckedCoding coding =
        first.unnamed() ? chosen.coding().withoutSystemAndCode() : chosen.coding();
    return new ValidationResult(valid, coding, chosen.status(), chosen.unknownSystem(), issues);
  }
}
