package org.cptx.terminology;

import java.util.ArrayList;
import java.util.List;
import org.cptx.terminology.model.CodeSystemDefinition;
import org.cptx.terminology.model.ValueSetDefinition;

/**
 * What one request brings or asks for beside the server's content: its own code systems and value
 * sets ({@code tx-resource}) and the supplements to apply ({@code useSupplement}, url or
 * url|version).
 */
public record RequestContent(
    List<CodeSystemDefinition> codeSystems,
    List<ValueSetDefinition> valueSets,
    List<String> supplements) {

  /** A request that brings nothing. */
  public static final RequestContent NONE = new RequestContent(List.of(), List.of(), List.of());

  public RequestContent {
    codeSystems = List.copyOf(codeSystems);
    valueSets = List.copyOf(valueSets);
    supplements = List.copyOf(supplements);
  }

  /** The same content, with these supplements to apply as well (those not named already). */
  public RequestContent withSupplements(List<String> more) {
    List<String> all = new ArrayList<>(supplements);
    more.stream().filter(s -> !all.contains(s)).forEach(all::add);
    return new RequestContent(codeSystems, valueSets, all);
  }
}
