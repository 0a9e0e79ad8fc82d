package org.cptx.content.importer.synthetic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.cptx.content.importer.RvuTxtLayout;
import org.cptx.content.importer.synthetic.SyntheticCodes.Code;

/**
 * Writes the CMS files (PPRRVU csv and fixed-width txt, HCPCS 320-character records, practitioner
 * MUE csv) with invented values.
 */
final class SyntheticCmsFiles {

  static final String RVU_HEADER =
      "HCPCS,MOD,DESCRIPTION,STATUS CODE,NOT USED FOR MEDICARE PAYMENT,WORK RVU,"
          + "NON-FAC PE RVU,NON-FAC NA INDICATOR,FACILITY PE RVU,FACILITY NA INDICATOR,MP RVU,NON-FACILITY TOTAL,"
          + "FACILITY TOTAL,PCTC IND,GLOB DAYS,PRE OP,INTRA OP,POST OP,MULT PROC,BILAT SURG,ASST SURG,CO-SURG,TEAM SURG,"
          + "ENDO BASE,CONV FACTOR,PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES,CALCULATION FLAG,"
          + "DIAGNOSTIC IMAGING FAMILY INDICATOR";

  private final Path folder;
  private final Random random;

  SyntheticCmsFiles(Path folder, Random random) {
    this.folder = folder;
    this.random = random;
  }

  /**
   * Writes the same rows twice: {@code PPRRVU26_JAN.csv} and the fixed-width {@code
   * PPRRVU26_JAN.txt}. Returns the number of data rows (of each file).
   */
  int rvu(List<Code> codes) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Code c : codes) {
      boolean split = random.nextInt(100) < 18;
      rows.add(row(c, "", split ? "1" : "0"));
      if (split) {
        rows.add(row(c, "26", "1"));
        rows.add(row(c, "TC", "1"));
      }
    }
    try (PrintWriter w = open("PPRRVU26_JAN.csv")) {
      w.print(
          "\"SYNTHETIC TEST DATA: invented relative value file written by cptx generate-synthetic\"\r\n");
      w.print(
          "\"All codes, descriptions and values are invented.\"\r\n,,,\r\n" + RVU_HEADER + "\r\n");
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>(row);
        cells.set(2, "\"" + cells.get(2).replace("\"", "\"\"") + "\"");
        w.print(String.join(",", cells) + "\r\n");
      }
      w.print(",,,\r\n\r\n");
    }
    List<String> fields = List.of(RVU_HEADER.split(","));
    try (PrintWriter w = open("PPRRVU26_JAN.txt")) {
      w.print(
          "HDR SYNTHETIC TEST DATA: invented relative value file written by cptx generate-synthetic\r\n");
      w.print(
          "HDR All codes, descriptions and values are invented; fixed-width layout of docs/import.md.\r\n");
      for (List<String> row : rows) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
          values.put(fields.get(i), row.get(i));
        }
        w.print(RvuTxtLayout.format(values) + "\r\n");
      }
    }
    return rows.size();
  }

  private List<String> row(Code c, String mod, String pctc) {
    String description = c.code().endsWith("5") ? c.shortText() + ", \"SYN\"" : c.shortText();
    String status =
        c.code().endsWith("F")
            ? "M"
            : random.nextInt(10) < 8 ? "A" : pick("B", "C", "I", "N", "R", "X");
    return List.of(
        c.code(),
        mod,
        description,
        status,
        "",
        "1.23",
        "2.34",
        "",
        "1.11",
        "",
        "0.12",
        "3.69",
        "2.46",
        pctc,
        pick("000", "010", "090", "XXX", "YYY", "ZZZ"),
        "0.10",
        "0.80",
        "0.10",
        pick("0", "2", "3", "9"),
        pick("0", "1", "2", "3", "9"),
        pick("0", "1", "2", "9"),
        pick("0", "1", "2", "9"),
        pick("0", "1", "2", "9"),
        "",
        "33.4009",
        random.nextInt(4) == 0 ? pick("01", "02", "03") : "09",
        "",
        random.nextInt(5) == 0 ? String.format(Locale.ROOT, "%02d", 1 + random.nextInt(11)) : "99");
  }

  /** Returns the number of data rows. */
  int mue(List<Code> codes) throws IOException {
    int rows = 0;
    try (PrintWriter w = open("MCR_MUE_PractitionerServices_synthetic.csv")) {
      w.print(
          "\"SYNTHETIC TEST DATA: an invented MUE table. CPT only copyright notice: no AMA content here.\"\r\n");
      w.print("\"Invented notice paragraph two.\"\r\n\r\n");
      w.print(
          "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\r\n");
      for (Code c : codes) {
        if (random.nextInt(10) == 0) {
          continue;
        }
        w.print(
            c.code()
                + ","
                + (1 + random.nextInt(6))
                + ","
                + pick(
                    "1 Line Edit",
                    "2 Date of Service Edit: Policy",
                    "3 Date of Service Edit: Clinical")
                + ",\"Synthetic rationale, \"\"invented\"\"\"\r\n");
        rows++;
      }
      w.print("\r\n");
    }
    return rows;
  }

  /**
   * Level II modifier records (7, and 8 for long texts) plus a few code records (3, 4) the importer
   * skips.
   */
  int hcpcs(List<String> modifiers) throws IOException {
    try (PrintWriter w = open("HCPC2026_JAN_ANWEB_synthetic.txt")) {
      for (int i = 0; i < 5; i++) {
        String code = String.format(Locale.ROOT, "S99%02d", i);
        w.print(
            record(
                    code,
                    100,
                    '3',
                    "Synthetic Level II supply " + code + " (invented)",
                    "SYNTH SUPPLY")
                + "\r\n");
        w.print(record(code, 200, '4', "continued synthetic description", "") + "\r\n");
      }
      for (String m : modifiers) {
        String text =
            "Synthetic HCPCS modifier "
                + m
                + ": invented description for testing"
                + (random.nextBoolean()
                    ? ", long enough to need a continuation record in the fixed-width file"
                    : "");
        w.print(
            record(
                    "   " + m,
                    100,
                    '7',
                    text.substring(0, Math.min(80, text.length())),
                    "SYNTH MOD " + m)
                + "\r\n");
        if (text.length() > 80) {
          w.print(record("   " + m, 200, '8', text.substring(80), "") + "\r\n");
        }
      }
    }
    return modifiers.size();
  }

  private static String record(String code, int seq, char id, String longText, String shortText) {
    char[] r = new char[320];
    Arrays.fill(r, ' ');
    put(r, 0, code);
    put(r, 5, String.format(Locale.ROOT, "%05d", seq));
    r[10] = id;
    put(r, 11, longText);
    put(r, 91, shortText);
    return new String(r);
  }

  private static void put(char[] r, int at, String s) {
    s.getChars(0, s.length(), r, at);
  }

  private String pick(String... values) {
    return values[random.nextInt(values.length)];
  }

  private PrintWriter open(String name) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8));
  }
}
