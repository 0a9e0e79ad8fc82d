package org.cptx.terminology.model;

import java.util.List;

/** A concept map as $translate reads it: its identity and its groups of mappings. */
public record ConceptMapDefinition(
    String id, String url, String version, String name, String status, List<Group> groups) {

  public ConceptMapDefinition {
    groups = List.copyOf(groups);
  }

  /** {@code url|version}, or the url alone when there is no version. */
  public String canonical() {
    return version == null ? url : url + "|" + version;
  }

  /** The mappings from one source system to one target system. */
  public record Group(
      String source,
      String sourceVersion,
      String target,
      String targetVersion,
      List<Element> elements) {

    public Group {
      elements = List.copyOf(elements);
    }
  }

  /** A source code and the codes it maps to. */
  public record Element(String code, String display, List<Target> targets) {

    public Element {
      targets = List.copyOf(targets);
    }
  }

  /**
   * One mapping of a source code.
   *
   * @param equivalence the equivalence code (equivalent, wider, unmatched, ...), or null
   */
  public record Target(String code, String display, String equivalence, String comment) {}
}
