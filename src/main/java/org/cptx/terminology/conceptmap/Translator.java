package org.cptx.terminology.conceptmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r4.model.ConceptMap.TargetElementComponent;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;

/**
 * $translate: looks a code up in the groups of the concept maps whose source (or, reversed, target)
 * system matches, and reports every target (or source) it maps to. Unmatched mappings ({@code
 * unmatched}, {@code disjoint}) are reported too, with their equivalence, as FHIR asks.
 */
public final class Translator {

  public List<TranslateMatch> translate(TranslateRequest request) {
    List<TranslateMatch> matches = new ArrayList<>();
    for (ConceptMap map : request.maps()) {
      String origin = org.cptx.terminology.Canonicals.of(map);
      for (ConceptMapGroupComponent group : map.getGroup()) {
        String from = request.reverse() ? group.getTarget() : group.getSource();
        String to = request.reverse() ? group.getSource() : group.getTarget();
        if (Objects.equals(from, request.system())
            && (request.otherSystem() == null || request.otherSystem().equals(to))) {
          collect(group, request, origin, matches);
        }
      }
    }
    return matches;
  }

  private static void collect(
      ConceptMapGroupComponent group,
      TranslateRequest request,
      String origin,
      List<TranslateMatch> matches) {
    for (SourceElementComponent element : group.getElement()) {
      for (TargetElementComponent target : element.getTarget()) {
        String equivalence = equivalence(target);
        if (!request.reverse() && request.code().equals(element.getCode())) {
          matches.add(
              new TranslateMatch(
                  group.getTarget(), target.getCode(), equivalence, origin, null, null));
        } else if (request.reverse() && request.code().equals(target.getCode())) {
          matches.add(
              new TranslateMatch(
                  group.getTarget(),
                  target.getCode(),
                  equivalence,
                  origin,
                  group.getSource(),
                  element.getCode()));
        }
      }
    }
  }

  /** The mapping's equivalence, or null when the map does not state one. */
  private static String equivalence(TargetElementComponent target) {
    ConceptMapEquivalence e = target.getEquivalence();
    return e == null || e == ConceptMapEquivalence.NULL ? null : e.toCode();
  }
}
