package org.cptx.terminology.valueset;

import java.util.List;

/**
 * A typed $expand request (the value set itself is resolved before): which page, which codes, how
 * each is shown, and the code-system versions asked for. {@link #all()} is everything in one flat
 * page; the withers change one part.
 */
public record ExpansionRequest(
    Page page, Selection selection, Presentation presentation, SystemVersions versions) {

  /**
   * @param count the page size, or null for all (within the limit)
   * @param offset the index of the first code of the page
   */
  public record Page(Integer count, int offset) {

    public static final Page ALL = new Page(null, 0);
  }

  /**
   * @param filter text the codes must match, or null
   * @param activeOnly true when inactive codes are left out
   */
  public record Selection(String filter, boolean activeOnly) {

    public static final Selection EVERY_CODE = new Selection(null, false);
  }

  /**
   * @param displayLanguage the language(s) displays are chosen for (raw, possibly a list with
   *     q-values), or null
   * @param includeDesignations true when each code carries its designations
   * @param designations the designations wanted ({@code urn:ietf:bcp:47|lang} for a language,
   *     {@code system|code} for a use); empty for all
   * @param includeDefinition echoed, and the answer carries the value set's definition (extensions,
   *     compose) beside the expansion; a code's definition is returned when {@code
   *     property=definition} asks for it
   * @param properties the concept properties to return with each code
   * @param excludeNested true for a flat list; otherwise codes nest under their parents where the
   *     value set is not an enumeration and the whole expansion fits in one page
   */
  public record Presentation(
      String displayLanguage,
      boolean includeDesignations,
      List<String> designations,
      boolean includeDefinition,
      List<String> properties,
      boolean excludeNested) {

    public static final Presentation FLAT =
        new Presentation(null, false, List.of(), false, List.of(), true);

    public Presentation {
      designations = List.copyOf(designations);
      properties = List.copyOf(properties);
    }

    public Presentation withProperties(List<String> wanted) {
      return new Presentation(
          displayLanguage,
          includeDesignations,
          designations,
          includeDefinition,
          wanted,
          excludeNested);
    }

    public Presentation withDesignations(boolean include) {
      return new Presentation(
          displayLanguage, include, designations, includeDefinition, properties, excludeNested);
    }

    public Presentation withDisplayLanguage(String language) {
      return new Presentation(
          language,
          includeDesignations,
          designations,
          includeDefinition,
          properties,
          excludeNested);
    }

    public Presentation withExcludeNested(boolean flat) {
      return new Presentation(
          displayLanguage, includeDesignations, designations, includeDefinition, properties, flat);
    }
  }

  /** Everything, in one flat page, as the value set and the latest versions give it. */
  public static ExpansionRequest all() {
    return new ExpansionRequest(
        Page.ALL, Selection.EVERY_CODE, Presentation.FLAT, SystemVersions.NONE);
  }

  public ExpansionRequest withPage(Integer count, int offset) {
    return new ExpansionRequest(new Page(count, offset), selection, presentation, versions);
  }

  public ExpansionRequest withSelection(Selection chosen) {
    return new ExpansionRequest(page, chosen, presentation, versions);
  }

  public ExpansionRequest withPresentation(Presentation shown) {
    return new ExpansionRequest(page, selection, shown, versions);
  }

  public ExpansionRequest withVersions(SystemVersions asked) {
    return new ExpansionRequest(page, selection, presentation, asked);
  }

  public Integer count() {
    return page.count();
  }

  public int offset() {
    return page.offset();
  }

  public String filter() {
    return selection.filter();
  }

  public boolean activeOnly() {
    return selection.activeOnly();
  }

  public String displayLanguage() {
    return presentation.displayLanguage();
  }

  public boolean includeDesignations() {
    return presentation.includeDesignations();
  }

  public List<String> designations() {
    return presentation.designations();
  }

  public List<String> properties() {
    return presentation.properties();
  }

  public boolean excludeNested() {
    return presentation.excludeNested();
  }
}
