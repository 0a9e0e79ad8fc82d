package org.cptx.terminology;

import java.util.Comparator;

/**
 * Orders version strings: numeric parts numerically ("2.10" after "2.9"), others as text, none
 * first.
 */
public final class Versions {

  public static final Comparator<String> ORDER = Comparator.nullsFirst(Versions::compare);

  private Versions() {}

  /**
   * True when the version has a wildcard part ({@code x}, {@code X} or {@code *}, as in {@code
   * 1.0.x}).
   */
  public static boolean isPattern(String version) {
    if (version == null) {
      return false;
    }
    for (String part : version.split("\\.")) {
      if (part.equals("x") || part.equals("X") || part.equals("*")) {
        return true;
      }
    }
    return false;
  }

  /** True when the version is the pattern or, for a wildcard pattern, matches it part by part. */
  public static boolean matches(String pattern, String version) {
    if (pattern == null || version == null) {
      return false;
    }
    if (!isPattern(pattern)) {
      return pattern.equals(version);
    }
    String[] p = pattern.split("\\.");
    String[] v = version.split("\\.");
    if (v.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      boolean wild = p[i].equals("x") || p[i].equals("X") || p[i].equals("*");
      if (!wild && !p[i].equals(v[i])) {
        return false;
      }
    }
    return true;
  }

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
