package org.cptx.terminology;

import java.util.Comparator;

/** Orders version strings: numeric parts numerically ("2.10" after "2.9"), others as text, none first. */
public final class Versions {

  public static final Comparator<String> ORDER = Comparator.nullsFirst(Versions::compare);

  private Versions() {}

  static int compare(String a, String b) {
    String[] pa = a.split("[.\\-]");
    String[] pb = b.split("[.\\-]");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = comparePart(pa[i], pb[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }

  private static int comparePart(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty() && a.length() < 10;
    boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty() && b.length() < 10;
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return a.compareTo(b);
  }
}
