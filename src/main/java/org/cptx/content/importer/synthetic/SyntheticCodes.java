package org.cptx.content.importer.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Invented CPT-shaped codes and texts, deterministic for a seed. Codes look like CPT (nnnnn, nnnnF,
 * nnnnT, nnnnU); every text says it is synthetic.
 */
final class SyntheticCodes {

  private static final String[] ACTIONS = {
    "Excision",
    "Repair",
    "Incision",
    "Biopsy",
    "Destruction",
    "Imaging",
    "Injection",
    "Reconstruction",
    "Aspiration",
    "Evaluation",
    "Ablation",
    "Drainage",
    "Removal",
    "Measurement"
  };
  private static final String[] SITES = {
    "invented organ",
    "imaginary gland",
    "fictional tendon",
    "made-up vessel",
    "pretend lobe",
    "test nerve",
    "sample joint",
    "placeholder duct",
    "mock valve",
    "synthetic membrane",
    "dummy cartilage",
    "fictive sinus"
  };
  private static final String[] APPROACHES = {
    "open approach",
    "percutaneous",
    "endoscopic",
    "with imaging guidance",
    "each additional unit",
    "first unit",
    "unilateral",
    "bilateral"
  };

  /** One invented code with its texts. */
  record Code(
      String code,
      String longText,
      String medium,
      String shortText,
      String consumer,
      List<String> clinician) {}

  private SyntheticCodes() {}

  static List<Code> active(int count, Random random) {
    Set<String> codes = new TreeSet<>();
    addCodes(codes, count * 5 / 100, random, "F");
    addCodes(codes, count * 5 / 100, random, "T");
    addCodes(codes, count * 2 / 100, random, "U");
    while (codes.size() < count) {
      codes.add(String.format(Locale.ROOT, "%05d", 100 + random.nextInt(99_400)));
    }
    List<Code> result = new ArrayList<>();
    for (String code : codes) {
      result.add(texts(code, random));
    }
    return result;
  }

  /** Numeric codes not among the active ones, for the deleted-codes file. */
  static List<String> deleted(int count, Set<String> active, Random random) {
    Set<String> codes = new TreeSet<>();
    while (codes.size() < count) {
      String c = String.format(Locale.ROOT, "%05d", 100 + random.nextInt(99_400));
      if (!active.contains(c)) {
        codes.add(c);
      }
    }
    return new ArrayList<>(codes);
  }

  private static void addCodes(Set<String> codes, int count, Random random, String suffix) {
    int target = codes.size() + count;
    while (codes.size() < target) {
      codes.add(String.format(Locale.ROOT, "%04d%s", 1 + random.nextInt(9_998), suffix));
    }
  }

  static Code texts(String code, Random random) {
    String action = pick(ACTIONS, random);
    String site = pick(SITES, random);
    String approach = pick(APPROACHES, random);
    String longText =
        "Synthetic procedure "
            + code
            + " (invented, not CPT): "
            + action.toLowerCase(Locale.ROOT)
            + " of "
            + site
            + ", "
            + approach;
    String abbr =
        (action.substring(0, 4)
                + " "
                + site.replace(" ", "").substring(0, 6)
                + " "
                + approach.replace(" ", "").substring(0, 4))
            .toUpperCase(Locale.ROOT);
    String medium = cut("SYNTHETIC PROC " + code + " " + abbr, 48);
    String shortText = cut("SYNTH " + abbr, 28);
    String consumer =
        "Synthetic consumer text: "
            + action.toLowerCase(Locale.ROOT)
            + " of a "
            + site
            + " (invented for testing)";
    int clinicians = 1 + random.nextInt(4) + (random.nextInt(4) == 0 ? 1 : 0);
    List<String> clinician = new ArrayList<>();
    for (int k = 1; k <= clinicians; k++) {
      clinician.add(
          "Synthetic clinician descriptor "
              + k
              + " for "
              + code
              + ": "
              + action.toLowerCase(Locale.ROOT)
              + " of "
              + site
              + ", invented scenario "
              + (1 + random.nextInt(50)));
    }
    return new Code(code, longText, medium, shortText, consumer, clinician);
  }

  static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max).stripTrailing();
  }
}
