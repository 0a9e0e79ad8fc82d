package org.cptx.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cptx.content.importer.Files4Test.source;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.cptx.content.importer.HcpcsModifierReader.Modifier;
import org.cptx.support.TestContent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmsReadersTest {

  private static final CmsIndicators INDICATORS =
      CmsIndicators.load(TestContent.BUILT_IN, FhirContext.forR4Cached(), CptImporter.INDICATORS);
  private static final String RVU_HEADER =
      "HCPCS,MOD,DESCRIPTION,STATUS CODE,WORK RVU,PCTC IND,GLOB DAYS,MULT PROC,"
          + "BILAT SURG,ASST SURG,CO-SURG,TEAM SURG,PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES,"
          + "DIAGNOSTIC IMAGING FAMILY INDICATOR";
  private static final String MUE_HEADER =
      "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale";

  @TempDir Path dir;

  @Test
  void rvuRowsByHeaderName() {
    CmsValues values = new CmsValues();
    int used =
        RvuReader.read(
            source(
                dir,
                "PPRRVU.csv",
                "\"Synthetic notice\"",
                ",,,",
                RVU_HEADER,
                "99901,,\"SYNTH, ONE\",A,1.0,0,010,2,0,1,0,0,09,99",
                "99901,26,SYNTH ONE,A,1.0,1,010,2,0,1,0,0,09,99",
                "G9999,,SYNTH LEVEL II,A,1.0,0,XXX,0,0,0,0,0,09,99"),
            Set.of("99901"),
            INDICATORS,
            values);
    assertThat(used).isEqualTo(1);
    Coding global = (Coding) values.byCode().get("99901").get("global-days");
    assertThat(global.getSystem()).isEqualTo("http://cptx.org/fhir/CodeSystem/cms-global-days");
    assertThat(global.getCode()).isEqualTo("010");
    assertThat(global.getDisplay()).isEqualTo("Minor Procedure");
    assertThat(values.byCode().get("99901")).hasSize(10);
  }

  @Test
  void rvuErrors() {
    assertThatThrownBy(
            () ->
                RvuReader.read(
                    source(
                        dir, "PPRRVU.csv", RVU_HEADER, "99901,,SYNTH,A,1.0,0,011,2,0,1,0,0,09,99"),
                    Set.of("99901"),
                    INDICATORS,
                    new CmsValues()))
        .hasMessage("PPRRVU.csv:2: GLOB DAYS '011' of code 99901 is not a code of cms-global-days");
    assertThatThrownBy(
            () ->
                RvuReader.read(
                    source(dir, "PPRRVU.csv", RVU_HEADER, "99901,,SYNTH,A"),
                    Set.of("99901"),
                    INDICATORS,
                    new CmsValues()))
        .hasMessage("PPRRVU.csv:2: expected 14 columns as in the header, found 4");
    assertThatThrownBy(
            () ->
                RvuReader.read(
                    source(dir, "PPRRVU.csv", "99901,,SYNTH,A"),
                    Set.of("99901"),
                    INDICATORS,
                    new CmsValues()))
        .hasMessageStartingWith("PPRRVU.csv:1: missing the column header row");
  }

  /**
   * The csv rows of {@link #rvuRowsByHeaderName} as fixed-width records, after two HDR notice
   * lines.
   */
  private static final String[] RVU_TXT = {
    "HDR Synthetic notice: invented relative values",
    "HDR second line",
    "",
    txt("99901", "", "SYNTH, ONE", "A", "0", "010", "2", "0", "1", "0", "0", "09", "99"),
    txt("99901", "26", "SYNTH ONE", "A", "1", "010", "2", "0", "1", "0", "0", "09", "99"),
    txt("G9999", "", "SYNTH LEVEL II", "A", "0", "XXX", "0", "0", "0", "0", "0", "09", "99")
  };

  @Test
  void rvuFixedWidthRecordsByColumn() {
    CmsValues values = new CmsValues();
    int used =
        RvuReader.read(
            source(dir, "PPRRVU26_JAN.txt", RVU_TXT), Set.of("99901"), INDICATORS, values);
    assertThat(used).isEqualTo(1);
    Coding global = (Coding) values.byCode().get("99901").get("global-days");
    assertThat(global.getCode()).isEqualTo("010");
    assertThat(global.getDisplay()).isEqualTo("Minor Procedure");
    assertThat(values.byCode().get("99901")).hasSize(10);
    assertThat(((Coding) values.byCode().get("99901").get("physician-supervision")).getCode())
        .isEqualTo("09");
    assertThat(((Coding) values.byCode().get("99901").get("diagnostic-imaging-family")).getCode())
        .isEqualTo("99");
  }

  @Test
  void rvuCsvAndTxtOfTheSameRowsGiveTheSameSupplement() {
    CmsValues fromCsv = new CmsValues();
    RvuReader.read(
        source(
            dir,
            "PPRRVU26_JAN.csv",
            "\"Synthetic notice\"",
            RVU_HEADER,
            "99901,,\"SYNTH, ONE\",A,1.0,0,010,2,0,1,0,0,09,99",
            "99901,26,SYNTH ONE,A,1.0,1,010,2,0,1,0,0,09,99",
            "99902,,SYNTH TWO,R,1.0,9,XXX,9,9,9,9,9,01,03"),
        Set.of("99901", "99902"),
        INDICATORS,
        fromCsv);
    CmsValues fromTxt = new CmsValues();
    RvuReader.read(
        source(
            dir,
            "PPRRVU26_JAN.txt",
            RVU_TXT[0],
            txt("99901", "", "SYNTH, ONE", "A", "0", "010", "2", "0", "1", "0", "0", "09", "99"),
            txt("99901", "26", "SYNTH ONE", "A", "1", "010", "2", "0", "1", "0", "0", "09", "99"),
            txt("99902", "", "SYNTH TWO", "R", "9", "XXX", "9", "9", "9", "9", "9", "01", "03")),
        Set.of("99901", "99902"),
        INDICATORS,
        fromTxt);
    assertThat(fromTxt.byCode()).hasSize(2);
    assertThat(supplement(fromTxt)).isEqualTo(supplement(fromCsv));
  }

  @Test
  void rvuFixedWidthErrors() {
    String good = txt("99909", "", "SYNTH", "A", "0", "010", "2", "0", "1", "0", "0", "09", "99");
    assertThatThrownBy(
            () ->
                readTxt(
                    good,
                    txt(
                        "99901", "", "SYNTH", "A", "0", "011", "2", "0", "1", "0", "0", "09",
                        "99")))
        .hasMessage("PPRRVU.txt:3: GLOB DAYS '011' of code 99901 is not a code of cms-global-days");
    assertThatThrownBy(() -> readTxt(good, good.substring(0, 120)))
        .hasMessage(
            "PPRRVU.txt:3: expected a fixed-width record of 141 to 200 characters (the PPRRVU txt layout),"
                + " found 120");
    assertThatThrownBy(() -> readTxt(good, good + "X"))
        .hasMessageStartingWith(
            "PPRRVU.txt:3: expected a fixed-width record of 141 to 200 characters");
    assertThatThrownBy(() -> readTxt(good, "9990 " + good.substring(5)))
        .hasMessage("PPRRVU.txt:3: HCPCS '9990' is not a 5-character code");
    assertThatThrownBy(() -> readTxt(good, "999012 " + good.substring(7)))
        .hasMessage("PPRRVU.txt:3: MOD '2' in columns 6-7 is not a 2-character modifier");
    assertThatThrownBy(() -> readTxt(good, good.replace("SYNTH", "SYN\tH")))
        .hasMessageStartingWith("PPRRVU.txt:3: a TAB in a fixed-width record");
    assertThatThrownBy(() -> readTxt("HDR only a notice"))
        .hasMessage("PPRRVU.txt:2: no fixed-width records (HCPCS in columns 1-5) in the file");
    assertThatThrownBy(
            () ->
                RvuReader.read(
                    source(dir, "PPRRVU.xlsx", good), Set.of("99901"), INDICATORS, new CmsValues()))
        .hasMessageStartingWith("PPRRVU.xlsx: a PFS Relative Value File must be the csv");
  }

  private void readTxt(String... records) {
    String[] lines = new String[records.length + 1];
    lines[0] = "HDR Synthetic notice";
    System.arraycopy(records, 0, lines, 1, records.length);
    RvuReader.read(source(dir, "PPRRVU.txt", lines), Set.of("99901"), INDICATORS, new CmsValues());
  }

  /** A fixed-width record with the fields the importer reads (and invented RVUs). */
  private static String txt(
      String code,
      String mod,
      String description,
      String status,
      String pctc,
      String global,
      String mult,
      String bilat,
      String asst,
      String co,
      String team,
      String supervision,
      String imaging) {
    Map<String, String> v = new java.util.LinkedHashMap<>();
    v.put("HCPCS", code);
    v.put("MOD", mod);
    v.put("DESCRIPTION", description);
    v.put("STATUS CODE", status);
    v.put("WORK RVU", "1.00");
    v.put("PCTC IND", pctc);
    v.put("GLOB DAYS", global);
    v.put("MULT PROC", mult);
    v.put("BILAT SURG", bilat);
    v.put("ASST SURG", asst);
    v.put("CO-SURG", co);
    v.put("TEAM SURG", team);
    v.put("CONV FACTOR", "33.4009");
    v.put("PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES", supervision);
    v.put("DIAGNOSTIC IMAGING FAMILY INDICATOR", imaging);
    v.put("MP USED FOR OPPS PAYMENT AMOUNT", "0.12");
    return RvuTxtLayout.format(v);
  }

  private static String supplement(CmsValues values) {
    return FhirContext.forR4Cached()
        .newJsonParser()
        .setPrettyPrint(true)
        .encodeResourceToString(CmsSupplementBuilder.build(values, "2026", "RVU26A"));
  }

  @Test
  void mueValuesAndIndicator() {
    CmsValues values = new CmsValues();
    MueReader.read(
        source(
            dir,
            "MUE.csv",
            "\"Synthetic AMA notice block\"",
            "",
            MUE_HEADER,
            "99901,3,2 Date of Service Edit: Policy,Synthetic"),
        Set.of("99901"),
        INDICATORS,
        values);
    assertThat(((IntegerType) values.byCode().get("99901").get("mue")).getValue()).isEqualTo(3);
    assertThat(((Coding) values.byCode().get("99901").get("mue-adjudication-indicator")).getCode())
        .isEqualTo("2");
    assertThatThrownBy(
            () ->
                MueReader.read(
                    source(dir, "MUE.csv", MUE_HEADER, "99901,many,1 Line Edit,x"),
                    Set.of("99901"),
                    INDICATORS,
                    new CmsValues()))
        .hasMessage("MUE.csv:2: MUE value 'many' is not a whole number of units");
  }

  @Test
  void hcpcsModifierRecords() {
    Map<String, Modifier> mods =
        HcpcsModifierReader.read(
            source(
                dir,
                "HCPC.txt",
                record("S9901", '3', "Synthetic supply", "SYNTH"),
                record("   ZZ", '7', "Synthetic modifier ZZ long", "SYN ZZ"),
                record("   ZZ", '8', "continued text", "")));
    assertThat(mods).containsOnlyKeys("ZZ");
    assertThat(mods.get("ZZ"))
        .isEqualTo(new Modifier("ZZ", "Synthetic modifier ZZ long continued text", "SYN ZZ"));
    assertThatThrownBy(
            () -> HcpcsModifierReader.read(source(dir, "HCPC.txt", record("   ZZ", '9', "x", "y"))))
        .hasMessage("HCPC.txt:1: record id '9' in column 11 is none of 3, 4, 7, 8");
    assertThatThrownBy(
            () ->
                HcpcsModifierReader.read(
                    source(dir, "HCPC.txt", record("   ZZ", '7', "x", "y") + "X")))
        .hasMessageStartingWith("HCPC.txt:1: expected a record of at most 320 characters");
    assertThatThrownBy(
            () -> HcpcsModifierReader.read(source(dir, "HCPC.txt", record("   ZY", '8', "x", ""))))
        .hasMessageStartingWith(
            "HCPC.txt:1: continuation record (id 8) for modifier ZY without its first record");
  }

  private static String record(String code, char id, String longText, String shortText) {
    StringBuilder r = new StringBuilder(" ".repeat(320));
    r.replace(0, code.length(), code).replace(5, 10, "00100").setCharAt(10, id);
    r.replace(11, 11 + longText.length(), longText).replace(91, 91 + shortText.length(), shortText);
    return r.toString();
  }
}
