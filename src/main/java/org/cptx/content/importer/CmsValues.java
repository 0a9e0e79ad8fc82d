package org.cptx.content.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Type;

/** CMS property values per CPT code, from the fee-schedule and MUE files, in code order. */
public final class CmsValues {

  private final Map<String, Map<String, Type>> byCode = new TreeMap<>();

  void put(String code, String property, Type value) {
    byCode.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(property, value);
  }

  boolean has(String code, String property) {
    return byCode.containsKey(code) && byCode.get(code).containsKey(property);
  }

  public Map<String, Map<String, Type>> byCode() {
    return byCode;
  }

  public boolean isEmpty() {
    return byCode.isEmpty();
  }
}
