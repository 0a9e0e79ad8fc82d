package org.cptx.terminology.model;

import java.util.List;

/**
 * A value set's definition as the engine reads it: its metadata, its extensions (supplements to
 * apply, standards status, and others an expansion with {@code includeDefinition} repeats), its
 * compose and the value sets it contains.
 *
 * @param id the resource id (for a contained value set, its local id), or null
 * @param status the publication status code (draft, active, retired, unknown), or null
 * @param experimental null when not stated
 * @param date the date as the content gives it, or null
 * @param compose null when the value set has none
 */
public record ValueSetDefinition(
    String id,
    String url,
    String version,
    String name,
    String title,
    String status,
    Boolean experimental,
    String language,
    String date,
    String publisher,
    String copyright,
    List<Extension> extensions,
    Compose compose,
    List<ValueSetDefinition> contained)
    implements CanonicalDefinition {

  public ValueSetDefinition {
    extensions = List.copyOf(extensions);
    contained = List.copyOf(contained);
  }

  /** This definition with another id. */
  public ValueSetDefinition withId(String newId) {
    return new ValueSetDefinition(
        newId,
        url,
        version,
        name,
        title,
        status,
        experimental,
        language,
        date,
        publisher,
        copyright,
        extensions,
        compose,
        contained);
  }

  /** The compose, or an empty one. */
  public Compose composeOrEmpty() {
    return compose == null ? Compose.EMPTY : compose;
  }

  /**
   * A value set's rules.
   *
   * @param inactive whether inactive codes are members; null when not stated
   * @param lockedDate as the content gives it, or null
   * @param extensions the compose's extensions (expansion parameters among them)
   */
  public record Compose(
      List<ConceptSet> include,
      List<ConceptSet> exclude,
      Boolean inactive,
      String lockedDate,
      List<Extension> extensions) {

    public static final Compose EMPTY = new Compose(List.of(), List.of(), null, null, List.of());

    public Compose {
      include = List.copyOf(include);
      exclude = List.copyOf(exclude);
      extensions = List.copyOf(extensions);
    }
  }

  /**
   * One include or exclude: codes of a system (all, listed, or filtered) and/or the members of
   * other value sets.
   *
   * @param valueSets canonicals of the value sets imported ({@code url}, {@code url|version} or
   *     {@code #id})
   */
  public record ConceptSet(
      String system,
      String version,
      List<ListedConcept> concepts,
      List<Filter> filters,
      List<String> valueSets,
      List<Extension> extensions) {

    public ConceptSet {
      concepts = List.copyOf(concepts);
      filters = List.copyOf(filters);
      valueSets = List.copyOf(valueSets);
      extensions = List.copyOf(extensions);
    }

    public ConceptSet(String system, String version) {
      this(system, version, List.of(), List.of(), List.of(), List.of());
    }
  }

  /** A code a concept set lists, with the display and designations the value set gives it. */
  public record ListedConcept(
      String code, String display, List<Designation> designations, List<Extension> extensions) {

    public ListedConcept {
      designations = List.copyOf(designations);
      extensions = List.copyOf(extensions);
    }
  }

  /**
   * A filter of a concept set. The operator is R4's code or, for an R5 operator an R4 request
   * carries as an extension ({@code child-of}), that operator's code; null when neither is given.
   */
  public record Filter(String property, String op, String value) {}
}
