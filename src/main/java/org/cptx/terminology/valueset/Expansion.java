package org.cptx.terminology.valueset;

import java.util.List;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * One page of a value set's expansion.
 *
 * @param source the value set expanded
 * @param total how many codes the whole expansion holds
 * @param usedCodeSystems {@code url|version} of each code system the codes came from
 */
public record Expansion(ValueSet source, int total, int offset, List<ExpansionEntry> contains,
    List<String> usedCodeSystems) {

  public Expansion {
    contains = List.copyOf(contains);
    usedCodeSystems = List.copyOf(usedCodeSystems);
  }
}
