package org.cptx.terminology;

/**
 * One coding to validate, with the request path its parts came from (for issue locations).
 *
 * @param path the FHIRPath prefix: "" for the separate code/system/display parameters, "Coding."
 *     for a coding, "CodeableConcept.coding[0]." for a codeable concept's first coding
 */
public record CodingInput(String system, String version, String code, String display, String path) {

  public String at(String element) {
    return path + element;
  }

  /**
   * The path of the coding itself ({@code Coding}, {@code CodeableConcept.coding[1]}), or {@code
   * code}.
   */
  public String root() {
    return path.isEmpty() ? "code" : path.substring(0, path.length() - 1);
  }
}
