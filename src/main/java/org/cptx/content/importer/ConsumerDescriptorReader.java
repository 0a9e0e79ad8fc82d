package org.cptx.content.importer;

import java.util.List;
import java.util.Map;

/**
 * ConsumerDescriptor.txt: TAB, header row {@code Concept Id, CPT Code, Consumer Friendly
 * Descriptor}.
 */
public final class ConsumerDescriptorReader {

  static final List<String> COLUMNS =
      List.of("Concept Id", "CPT Code", "Consumer Friendly Descriptor");

  private ConsumerDescriptorReader() {}

  public static void read(SourceFile file, Map<String, CptConcept> codes) {
    for (TabFile.Row row : TabFile.rows(file, COLUMNS)) {
      CptConcept c = LongDescriptorReader.known(file, codes, row.get(1), row.index());
      if (row.get(2).isEmpty()) {
        throw file.error(row.index(), "code " + c.code + " has an empty consumer descriptor");
      }
      if (c.consumer != null) {
        throw file.error(row.index(), "code " + c.code + " has a second consumer descriptor");
      }
      c.consumer = row.get(2);
      file.taken();
    }
  }
}
