package org.cptx.content.importer;

import java.util.regex.Pattern;

/** The shape of CPT codes and modifiers, and the kind a base code has by its fifth character. */
public final class CptCodes {

  public static final Pattern CODE = Pattern.compile("[0-9]{4}[0-9A-Z]");
  public static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

  private CptCodes() {}

  public static boolean isCode(String s) {
    return CODE.matcher(s).matches();
  }

  /**
   * {@code cat-2} for nnnnF (Category II); {@code code} for the rest (numeric, nnnnT, nnnnU, nnnnA,
   * nnnnM).
   */
  public static String kindOf(String code) {
    return code.endsWith("F") ? "cat-2" : "code";
  }
}
