package org.cptx.terminology.valueset.filter;

import java.util.function.Predicate;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.messages.ComposeMessages;

/** {@code exists}: the property is present ({@code true}) or absent ({@code false}). */
final class ExistsFilter implements ConceptFilter {

  @Override
  public Predicate<Concept> compile(CodeSystemProvider system, String property, String value) {
    if (!"true".equals(value) && !"false".equals(value)) {
      throw ComposeMessages.badFilterValue("exists", property, value, "true or false");
    }
    boolean wanted = Boolean.parseBoolean(value);
    return c -> !PropertyValues.of(c, property).isEmpty() == wanted;
  }
}
