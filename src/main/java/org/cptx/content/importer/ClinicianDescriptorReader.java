package org.cptx.content.importer;

import java.util.List;
import java.util.Map;

/**
 * ClinicianDescriptor.txt: TAB, header row {@code Concept Id, CPT Code, Clinician Descriptor Id,
 * Clinician Descriptor}; one or more rows per code, kept in file order.
 */
public final class ClinicianDescriptorReader {

  static final List<String> COLUMNS =
      List.of("Concept Id", "CPT Code", "Clinician Descriptor Id", "Clinician Descriptor");

  private ClinicianDescriptorReader() {}

  public static void read(SourceFile file, Map<String, CptConcept> codes) {
    for (TabFile.Row row : TabFile.rows(file, COLUMNS)) {
      CptConcept c = LongDescriptorReader.known(file, codes, row.get(1), row.index());
      if (row.get(3).isEmpty()) {
        throw file.error(row.index(), "code " + c.code + " has an empty clinician descriptor");
      }
      c.clinician.add(row.get(3));
      file.taken();
    }
  }
}
