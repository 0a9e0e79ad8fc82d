package org.cptx.terminology.model;

import java.util.List;

/**
 * A code system (or a supplement) as the engine reads it: its metadata, property and filter
 * declarations, extensions and concepts (nested as the content nests them).
 *
 * @param status the publication status code, or null
 * @param content the content mode code (complete, fragment, supplement, ...), or null
 * @param caseSensitive null when not stated (codes are then case sensitive)
 * @param valueSet the canonical of its all-codes value set, or null
 * @param supplements for a supplement, the canonical of the code system it supplements
 * @param count the concept count the content states, or null
 */
public record CodeSystemDefinition(
    String id,
    String url,
    String version,
    String name,
    String title,
    String status,
    Boolean experimental,
    String language,
    String content,
    Boolean caseSensitive,
    String copyright,
    String valueSet,
    String hierarchyMeaning,
    String supplements,
    Integer count,
    List<PropertyDefinition> properties,
    List<FilterDefinition> filters,
    List<Extension> extensions,
    List<DefinedConcept> concepts)
    implements CanonicalDefinition {

  public CodeSystemDefinition {
    properties = List.copyOf(properties);
    filters = List.copyOf(filters);
    extensions = List.copyOf(extensions);
    concepts = List.copyOf(concepts);
  }

  public boolean isSupplement() {
    return "supplement".equals(content);
  }

  /** {@code url|version}, or the url alone when there is no version. */
  public String canonical() {
    return version == null ? url : url + "|" + version;
  }

  /**
   * A property the code system's concepts may carry.
   *
   * @param type the value type code (code, Coding, string, integer, boolean, dateTime, decimal)
   */
  public record PropertyDefinition(String code, String uri, String description, String type) {}

  /** A filter the code system declares. */
  public record FilterDefinition(
      String code, String description, List<String> operators, String value) {

    public FilterDefinition {
      operators = List.copyOf(operators);
    }
  }

  /**
   * A concept as the content gives it.
   *
   * @param concepts the concepts nested below it
   */
  public record DefinedConcept(
      String code,
      String display,
      String definition,
      List<Designation> designations,
      List<PropertyValue> properties,
      List<Extension> extensions,
      List<DefinedConcept> concepts) {

    public DefinedConcept {
      designations = List.copyOf(designations);
      properties = List.copyOf(properties);
      extensions = List.copyOf(extensions);
      concepts = List.copyOf(concepts);
    }
  }

  /** One property value of a concept (value null when the content gives none). */
  public record PropertyValue(String code, Value value) {}
}
