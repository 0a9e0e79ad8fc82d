package org.cptx.content.importer.synthetic;

import java.util.List;

/**
 * The modifier codes the synthetic files list (CPT-shaped identifiers; every text says it is
 * synthetic).
 */
final class SyntheticModifiers {

  static final List<String> GENERAL =
      List.of(
          "22", "23", "24", "25", "26", "32", "33", "47", "50", "51", "52", "53", "54", "55", "56",
          "57", "58", "59", "62", "63", "66", "76", "77", "78", "79", "80", "81", "82", "90", "91",
          "92", "93", "95", "96", "97", "99");
  static final List<String> PHYSICAL_STATUS = List.of("P1", "P2", "P3", "P4", "P5", "P6");
  static final List<String> LEVEL_ONE =
      List.of("25", "27", "33", "50", "52", "58", "59", "73", "74", "76", "77", "78", "79", "91");
  static final List<String> CATEGORY_TWO = List.of("1P", "2P", "3P", "8P");
  static final List<String> LEVEL_TWO =
      List.of(
          "E1", "E2", "E3", "E4", "FA", "F1", "F2", "GA", "GC", "GG", "GH", "LC", "LD", "LT", "QM",
          "QN", "RC", "RT", "TA", "T1", "T2", "XE", "XP", "XS", "XU");

  private SyntheticModifiers() {}

  static String title(String code) {
    return "Synthetic modifier " + code + " title";
  }

  static String definition(String code) {
    return "Synthetic modifier "
        + code
        + ": an invented description for testing the cptx importer. It is not"
        + " the AMA text and says nothing about real coding rules.";
  }
}
