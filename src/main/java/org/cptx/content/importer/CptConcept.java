package org.cptx.content.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the release files say about one CPT code or modifier, filled in file by file. */
public final class CptConcept {

  final String code;
  final boolean modifier;
  final Set<String> kinds = new LinkedHashSet<>();
  String display;
  String definition;
  String upper;
  String medium;
  String shortText;
  String consumer;
  final List<String> clinician = new ArrayList<>();
  final List<HistoryEvent> history = new ArrayList<>();
  LocalDate deleted;

  CptConcept(String code, boolean modifier) {
    this.code = code;
    this.modifier = modifier;
  }

  public String code() {
    return code;
  }

  public String display() {
    return display;
  }

  /** One CPT Link history row: date, added/changed/deleted, and a note. */
  public record HistoryEvent(LocalDate date, String action, String note) {}
}
