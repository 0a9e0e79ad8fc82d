package org.cptx.terminology;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The contract one code system implements. A provider answers for exactly one url and version; the
 * {@link CodeSystemRegistry} picks the provider, so no operation ever branches on which system it is.
 */
public interface CodeSystemProvider {

  CodeSystemInfo info();

  /** The concept with this code, honouring the system's case sensitivity; empty when the code is unknown. */
  Optional<Concept> concept(String code);

  /** Every concept, in the system's order. */
  Stream<Concept> concepts();

  /** Properties a $lookup reports beyond the concept's own (for example a copyright statement). */
  default List<ConceptProperty> lookupExtras(Concept concept) {
    return List.of();
  }
}
