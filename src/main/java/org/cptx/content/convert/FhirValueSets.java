package org.cptx.content.convert;

import java.util.List;
import org.cptx.terminology.model.ValueSetDefinition;
import org.cptx.terminology.model.ValueSetDefinition.Compose;
import org.cptx.terminology.model.ValueSetDefinition.ConceptSet;
import org.cptx.terminology.model.ValueSetDefinition.Filter;
import org.cptx.terminology.model.ValueSetDefinition.ListedConcept;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetFilterComponent;

/** ValueSet resources as the engine's value set definitions. */
public final class FhirValueSets {

  /** How an R4 resource carries an R5 filter operator such as {@code child-of}. */
  public static final String R5_FILTER_OP =
      "http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.compose.include.filter.op";

  private FhirValueSets() {}

  public static ValueSetDefinition definition(ValueSet vs) {
    return new ValueSetDefinition(
        vs.getIdElement().hasIdPart() ? vs.getIdElement().getIdPart() : null,
        vs.hasUrl() ? vs.getUrl() : null,
        vs.hasVersion() ? vs.getVersion() : null,
        vs.hasName() ? vs.getName() : null,
        vs.hasTitle() ? vs.getTitle() : null,
        vs.hasStatus() ? vs.getStatus().toCode() : null,
        vs.hasExperimental() ? vs.getExperimental() : null,
        vs.hasLanguage() ? vs.getLanguage() : null,
        vs.hasDate() ? vs.getDateElement().getValueAsString() : null,
        vs.hasPublisher() ? vs.getPublisher() : null,
        vs.hasCopyright() ? vs.getCopyright() : null,
        FhirValues.extensions(vs.getExtension()),
        vs.hasCompose() ? compose(vs.getCompose()) : null,
        vs.getContained().stream()
            .filter(ValueSet.class::isInstance)
            .map(r -> definition((ValueSet) r))
            .toList());
  }

  private static Compose compose(ValueSet.ValueSetComposeComponent compose) {
    return new Compose(
        compose.getInclude().stream().map(FhirValueSets::conceptSet).toList(),
        compose.getExclude().stream().map(FhirValueSets::conceptSet).toList(),
        compose.hasInactive() ? compose.getInactive() : null,
        compose.hasLockedDate() ? compose.getLockedDateElement().getValueAsString() : null,
        FhirValues.extensions(compose.getExtension()));
  }

  private static ConceptSet conceptSet(ConceptSetComponent set) {
    return new ConceptSet(
        set.hasSystem() ? set.getSystem() : null,
        set.hasVersion() ? set.getVersion() : null,
        set.getConcept().stream().map(FhirValueSets::listed).toList(),
        set.getFilter().stream().map(FhirValueSets::filter).toList(),
        set.getValueSet().stream()
            .filter(c -> c.getValue() != null)
            .map(c -> c.getValue())
            .toList(),
        FhirValues.extensions(set.getExtension()));
  }

  private static ListedConcept listed(ValueSet.ConceptReferenceComponent c) {
    return new ListedConcept(
        c.getCode(),
        c.hasDisplay() ? c.getDisplay() : null,
        c.getDesignation().stream()
            .map(
                d ->
                    FhirValues.designation(
                        d.hasLanguage() ? d.getLanguage() : null,
                        d.hasUse() ? d.getUse() : null,
                        d.getValue(),
                        d.getExtension()))
            .toList(),
        FhirValues.extensions(c.getExtension()));
  }

  private static Filter filter(ConceptSetFilterComponent f) {
    return new Filter(f.getProperty(), operator(f), f.getValue());
  }

  /**
   * The filter's operator: R4's own codes, or an R5 operator (such as {@code child-of}) that an R4
   * request carries as the cross-version extension on the op element.
   */
  private static String operator(ConceptSetFilterComponent filter) {
    String op = filter.getOpElement().getValueAsString();
    if (op != null) {
      return op;
    }
    List<org.hl7.fhir.r4.model.Extension> r5 =
        filter.getOpElement().getExtensionsByUrl(R5_FILTER_OP);
    return r5.isEmpty() || r5.get(0).getValue() == null
        ? null
        : r5.get(0).getValue().primitiveValue();
  }
}
