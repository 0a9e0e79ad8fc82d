package org.cptx.terminology.codesystem.cpt.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptProperty;
import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.cptx.terminology.codesystem.cpt.CptExpression;
import org.cptx.terminology.codesystem.cpt.CptKinds;
import org.cptx.terminology.codesystem.cpt.CptMessages;
import org.cptx.terminology.model.Coding;
import org.cptx.terminology.model.Value;

/**
 * Units over the MUE (docs/cpt.md, "Units over the MUE"; the {@code mue} property:
 * docs/cpt-model.md, section 6): the units a code is reported with against the base code's CMS
 * practitioner MUE ({@code mue}, an integer of the CMS supplement). Units up to the MUE, or no MUE
 * for the code: nothing. Over it, the severity follows the MUE adjudication indicator ({@code
 * mue-adjudication-indicator}):
 *
 * <ul>
 *   <li>1, claim line edit: error. The line is denied as reported (units that are justified go on
 *       separate lines with the modifiers that allow it, each line then within the MUE).
 *   <li>2, date of service edit, policy: error. Units over the MUE on one date of service are not
 *       payable, even on appeal; one line over the MUE already puts the date over it.
 *   <li>3, date of service edit, clinical: warning. The units can be paid on appeal with
 *       documentation of medical necessity.
 *   <li>no indicator (the shipped seed gives 47383's MUE without one): warning.
 * </ul>
 */
public final class MueUnitsRule {

  private static final Map<String, Severity> BY_INDICATOR =
      Map.of("1", Severity.ERROR, "2", Severity.ERROR, "3", Severity.WARNING);

  private MueUnitsRule() {}

  /**
   * @param concept the code validated, or the synthesized concept of an expression (it carries its
   *     base's CMS values)
   * @param units the units reported, at least 1
   */
  public static List<Issue> check(Concept concept, int units, String location) {
    Optional<Integer> mue = mue(concept);
    if (mue.isEmpty() || units <= mue.get()) {
      return List.of();
    }
    Optional<Coding> indicator = CptKinds.coding(concept, "mue-adjudication-indicator");
    Severity severity =
        indicator
            .map(i -> BY_INDICATOR.getOrDefault(i.code(), Severity.WARNING))
            .orElse(Severity.WARNING);
    String base =
        CptExpression.parse(concept.code()).map(CptExpression::base).orElse(concept.code());
    return List.of(
        CptMessages.unitsOverMue(
            severity, concept.code(), base, units, mue.get(), indicator.orElse(null), location));
  }

  private static Optional<Integer> mue(Concept concept) {
    return concept.properties("mue").stream()
        .map(ConceptProperty::value)
        .filter(Value.IntegerValue.class::isInstance)
        .map(v -> ((Value.IntegerValue) v).value())
        .findFirst();
  }
}
