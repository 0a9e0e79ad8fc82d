package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.content.importer.Files4Test.source;
import static org.cptx.content.importer.Files4Test.withHeader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DtkReadersTest {

  private static final String HISTORY =
      "Date\tChange Type\tConcept Id\tCPT Code\tLevel\tPrior Value\tCurrent Value"
          + "\tInstruction";
  private static final String DELETED =
      "Concept Id\tCode\tDate Deleted\tLevel\tDescriptor\tInstruction";

  @TempDir Path dir;

  private final CptRelease release = new CptRelease();

  @BeforeEach
  void codes() {
    LongDescriptorReader.readDisplays(
        source(dir, "LONGULT.txt", withHeader("99901\tSynthetic one", "99902\tSynthetic two")),
        release.codes);
  }

  @Test
  void historyEvents() {
    int unknown =
        HistoryReader.read(
            source(
                dir,
                "History_DTK_tab.txt",
                "Synthetic notice line",
                HISTORY,
                "20150101\tADDED\t1\t99901\t\t\t\t",
                "2017-01-01\tCHANGED\t1\t99901\tLONG\ta\tb\tSynthetic flag removed",
                "20200101\tADDED\t9\t88888\t\t\t\t"),
            release);
    assertThat(unknown).isEqualTo(1);
    assertThat(release.codes.get("99901").history)
        .containsExactly(
            new CptConcept.HistoryEvent(LocalDate.of(2015, 1, 1), "added", "Added"),
            new CptConcept.HistoryEvent(
                LocalDate.of(2017, 1, 1), "changed", "Synthetic flag removed"));
  }

  @Test
  void badDatesAndTypesNameTheLine() {
    assertThatThrownBy(
            () ->
                HistoryReader.read(
                    source(
                        dir, "History_DTK_tab.txt", HISTORY, "20151301\tADDED\t1\t99901\t\t\t\t"),
                    release))
        .hasMessage(
            "History_DTK_tab.txt:2: Date '20151301' is not a date (yyyyMMdd, yyyy-MM-dd or M/d/yyyy)");
    assertThatThrownBy(
            () ->
                HistoryReader.read(
                    source(
                        dir, "History_DTK_tab.txt", HISTORY, "20150101\tMOVED\t1\t99901\t\t\t\t"),
                    release))
        .hasMessage(
            "History_DTK_tab.txt:2: Change Type 'MOVED' is none of Added, Changed, Deleted");
    assertThatThrownBy(
            () ->
                DeletedCodeReader.read(
                    source(
                        dir,
                        "Deleted_DTK_tab.txt",
                        DELETED,
                        "1\t99903\tyesterday\tCODE\tSynthetic\t"),
                    release))
        .hasMessageStartingWith("Deleted_DTK_tab.txt:2: Date Deleted 'yesterday' is not a date");
  }

  @Test
  void deletedCodesAreRetiredWithReplacements() {
    DeletedCodeReader.read(
        source(
            dir,
            "Deleted_DTK_tab.txt",
            DELETED,
            "1\t99903\t20260101\tCODE\tSynthetic deleted three\tTo report, use 99901",
            "2\t99904\t1/1/2026\tCODE\tSynthetic deleted four\tSynthetic: see 99901, 99902",
            "3\t99905\t20260101\tCODE\tSynthetic deleted five\tNo replacement"),
        release);
    assertThat(release.codes.get("99903").deleted).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(release.replacements)
        .extracting(CptRelease.Replacement::targets)
        .containsExactly(List.of("99901"), List.of("99901", "99902"));
  }
}
