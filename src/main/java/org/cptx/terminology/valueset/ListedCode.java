package org.cptx.terminology.valueset;

import java.util.List;
import org.cptx.terminology.ConceptExtras;
import org.cptx.terminology.model.Designation;

/**
 * What a value set says where it lists a code in an include or exclude.
 *
 * @param display the display the value set gives the code, or null
 * @param deprecated true when the value set marks its use of the code deprecated ({@code
 *     valueset-deprecated}, or a deprecated standards status)
 * @param extras the properties and extensions its extensions give the code in an expansion
 * @param designations the designations it adds to the code's own
 */
public record ListedCode(
    String display, boolean deprecated, ConceptExtras extras, List<Designation> designations) {

  public ListedCode {
    designations = List.copyOf(designations);
  }
}
