package org.cptx.fhir.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each operation's table of parameters by name, made once instead of on every request. */
final class ParamTables {

  /** A table, told apart by identity: each is a constant of its reader. */
  private record Table(List<ParamSpec> table) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Table t && t.table == table;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(table);
    }
  }

  private static final Map<Table, Map<String, ParamSpec>> BY_NAME = new ConcurrentHashMap<>();

  private ParamTables() {}

  /** The table by name, in its order, with the common parameters it does not name itself. */
  static Map<String, ParamSpec> byName(List<ParamSpec> table, List<ParamSpec> common) {
    Map<String, ParamSpec> known = BY_NAME.get(new Table(table));
    if (known != null) {
      return known;
    }
    Map<String, ParamSpec> specs = new LinkedHashMap<>();
    table.forEach(s -> specs.put(s.name(), s));
    common.forEach(s -> specs.putIfAbsent(s.name(), s));
    Map<String, ParamSpec> made = Collections.unmodifiableMap(specs);
    BY_NAME.putIfAbsent(new Table(table), made);
    return made;
  }
}
