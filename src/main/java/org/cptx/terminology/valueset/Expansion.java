package org.cptx.terminology.valueset;

import java.util.List;
import java.util.Map;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * One page of a value set's expansion.
 *
 * @param source the value set expanded
 * @param total how many codes the whole expansion holds
 * @param usedCodeSystems {@code url|version} of each code system the codes came from
 * @param properties the properties the codes may carry, by code, each with the uri that defines it
 * @param notes further uri-valued expansion parameters (used value sets, status warnings)
 * @param unclosed why the value set holds members the expansion cannot list (empty: the expansion
 *     is complete)
 */
public record Expansion(
    ValueSetDefinition source,
    int total,
    int offset,
    List<ExpansionEntry> contains,
    List<String> usedCodeSystems,
    Map<String, String> properties,
    List<Note> notes,
    Boolean versionsMatch,
    List<String> unclosed) {

  /** One uri-valued expansion parameter, such as {@code used-valueset} or {@code warning-draft}. */
  public record Note(String name, String uri) {}

  public Expansion {
    contains = List.copyOf(contains);
    usedCodeSystems = List.copyOf(usedCodeSystems);
    notes = List.copyOf(notes);
    unclosed = List.copyOf(unclosed);
    properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
  }
}
