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
  private static final String RVU_HEADER = "HCPCS,MOD,DESCRIPTION,STATUS CODE,WORK RVU,PCTC IND,GLOB DAYS,MULT PROC,"
      + "BILAT SURG,ASST SURG,CO-SURG,TEAM SURG,PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES,"
      + "DIAGNOSTIC IMAGING FAMILY INDICATOR";
  private static final String MUE_HEADER =
      "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale";

  @TempDir
  Path dir;

  @Test
  void rvuRowsByHeaderName() {
    CmsValues values = new CmsValues();
    int used = RvuReader.read(source(dir, "PPRRVU.csv", "\"Synthetic notice\"", ",,,", RVU_HEADER,
        "99901,,\"SYNTH, ONE\",A,1.0,0,010,2,0,1,0,0,09,99", "99901,26,SYNTH ONE,A,1.0,1,010,2,0,1,0,0,09,99",
        "G9999,,SYNTH LEVEL II,A,1.0,0,XXX,0,0,0,0,0,09,99"), Set.of("99901"), INDICATORS, values);
    assertThat(used).isEqualTo(1);
    Coding global = (Coding) values.byCode().get("99901").get("global-days");
    assertThat(global.getSystem()).isEqualTo("http://cptx.org/fhir/CodeSystem/cms-global-days");
    assertThat(global.getCode()).isEqualTo("010");
    assertThat(global.getDisplay()).isEqualTo("Minor Procedure");
    assertThat(values.byCode().get("99901")).hasSize(10);
  }

  @Test
  void rvuErrors() {
    assertThatThrownBy(() -> RvuReader.read(source(dir, "PPRRVU.csv", RVU_HEADER,
        "99901,,SYNTH,A,1.0,0,011,2,0,1,0,0,09,99"), Set.of("99901"), INDICATORS, new CmsValues()))
        .hasMessage("PPRRVU.csv:2: GLOB DAYS '011' of code 99901 is not a code of cms-global-days");
    assertThatThrownBy(() -> RvuReader.read(source(dir, "PPRRVU.csv", RVU_HEADER, "99901,,SYNTH,A"),
        Set.of("99901"), INDICATORS, new CmsValues()))
        .hasMessage("PPRRVU.csv:2: expected 14 columns as in the header, found 4");
    assertThatThrownBy(() -> RvuReader.read(source(dir, "PPRRVU.csv", "99901,,SYNTH,A"), Set.of("99901"),
        INDICATORS, new CmsValues())).hasMessageStartingWith("PPRRVU.csv:1: missing the column header row");
  }

  @Test
  void mueValuesAndIndicator() {
    CmsValues values = new CmsValues();
    MueReader.read(source(dir, "MUE.csv", "\"Synthetic AMA notice block\"", "", MUE_HEADER,
        "99901,3,2 Date of Service Edit: Policy,Synthetic"), Set.of("99901"), INDICATORS, values);
    assertThat(((IntegerType) values.byCode().get("99901").get("mue")).getValue()).isEqualTo(3);
    assertThat(((Coding) values.byCode().get("99901").get("mue-adjudication-indicator")).getCode()).isEqualTo("2");
    assertThatThrownBy(() -> MueReader.read(source(dir, "MUE.csv", MUE_HEADER, "99901,many,1 Line Edit,x"),
        Set.of("99901"), INDICATORS, new CmsValues()))
        .hasMessage("MUE.csv:2: MUE value 'many' is not a whole number of units");
  }

  @Test
  void hcpcsModifierRecords() {
    Map<String, Modifier> mods = HcpcsModifierReader.read(source(dir, "HCPC.txt",
        record("S9901", '3', "Synthetic supply", "SYNTH"), record("   ZZ", '7', "Synthetic modifier ZZ long", "SYN ZZ"),
        record("   ZZ", '8', "continued text", "")));
    assertThat(mods).containsOnlyKeys("ZZ");
    assertThat(mods.get("ZZ")).isEqualTo(new Modifier("ZZ", "Synthetic modifier ZZ long continued text", "SYN ZZ"));
    assertThatThrownBy(() -> HcpcsModifierReader.read(source(dir, "HCPC.txt", record("   ZZ", '9', "x", "y"))))
        .hasMessage("HCPC.txt:1: record id '9' in column 11 is none of 3, 4, 7, 8");
    assertThatThrownBy(() -> HcpcsModifierReader.read(source(dir, "HCPC.txt", record("   ZZ", '7', "x", "y") + "X")))
        .hasMessageStartingWith("HCPC.txt:1: expected a record of at most 320 characters");
    assertThatThrownBy(() -> HcpcsModifierReader.read(source(dir, "HCPC.txt", record("   ZY", '8', "x", ""))))
        .hasMessageStartingWith("HCPC.txt:1: continuation record (id 8) for modifier ZY without its first record");
  }

  private static String record(String code, char id, String longText, String shortText) {
    StringBuilder r = new StringBuilder(" ".repeat(320));
    r.replace(0, code.length(), code).replace(5, 10, "00100").setCharAt(10, id);
    r.replace(11, 11 + longText.length(), longText).replace(91, 91 + shortText.length(), shortText);
    return r.toString();
  }
}
