package org.cptx.terminology.codesystem.cpt;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.CodeSystemProvider;
import org.cptx.terminology.Concept;
import org.cptx.terminology.ConceptProperty;
import org.hl7.fhir.r4.model.StringType;

/**
 * CPT: the concepts of a CPT CodeSystem resource (seed or imported), with what CPT adds on top of any FHIR code
 * system. Today that is the AMA copyright statement as a {@code copyright} property of every $lookup.
 */
public final class CptCodeSystemProvider implements CodeSystemProvider {

  public static final String URL = "http://www.ama-assn.org/go/cpt";

  private final CodeSystemProvider content;

  public CptCodeSystemProvider(CodeSystemProvider content) {
    this.content = content;
  }

  @Override
  public CodeSystemInfo info() {
    return content.info();
  }

  @Override
  public Optional<Concept> concept(String code) {
    return content.concept(code);
  }

  @Override
  public Stream<Concept> concepts() {
    return content.concepts();
  }

  @Override
  public List<ConceptProperty> lookupExtras(Concept concept) {
    String copyright = info().copyright();
    return copyright == null ? List.of() : List.of(ConceptProperty.of("copyright", new StringType(copyright)));
  }
}
