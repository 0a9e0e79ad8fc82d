package org.cptx.terminology.conceptmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cptx.terminology.model.ConceptMapDefinition;
import org.cptx.terminology.model.ConceptMapDefinition.Element;
import org.cptx.terminology.model.ConceptMapDefinition.Group;
import org.cptx.terminology.model.ConceptMapDefinition.Target;

/**
 * $translate: looks a code up in the groups of the concept maps whose source (or, reversed, target)
 * system matches, and reports every target (or source) it maps to. Unmatched mappings ({@code
 * unmatched}, {@code disjoint}) are reported too, with their equivalence, as FHIR asks.
 */
public final class Translator {

  public List<TranslateMatch> translate(TranslateRequest request) {
    List<TranslateMatch> matches = new ArrayList<>();
    for (ConceptMapDefinition map : request.maps()) {
      String origin = org.cptx.terminology.Canonicals.of(map.url(), map.version());
      for (Group group : map.groups()) {
        String from = request.reverse() ? group.target() : group.source();
        String to = request.reverse() ? group.source() : group.target();
        if (Objects.equals(from, request.system())
            && (request.otherSystem() == null || request.otherSystem().equals(to))) {
          collect(group, request, origin, matches);
        }
      }
    }
    return matches;
  }

  private static void collect(
      Group group, TranslateRequest request, String origin, List<TranslateMatch> matches) {
    for (Element element : group.elements()) {
      for (Target target : element.targets()) {
        String equivalence = target.equivalence();
        if (!request.reverse() && request.code().equals(element.code())) {
          matches.add(
              new TranslateMatch(group.target(), target.code(), equivalence, origin, null, null));
        } else if (request.reverse() && request.code().equals(target.code())) {
          matches.add(
              new TranslateMatch(
                  group.target(),
                  target.code(),
                  equivalence,
                  origin,
                  group.source(),
                  element.code()));
        }
      }
    }
  }
}
