package org.cptx.terminology.model;

/** A code of a code system with what names it: system, version, code and display, each optional. */
public record Coding(String system, String version, String code, String display) {

  public Coding(String system, String code, String display) {
    this(system, null, code, display);
  }
}
