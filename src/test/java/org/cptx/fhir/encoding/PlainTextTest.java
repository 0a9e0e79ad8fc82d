package org.cptx.fhir.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.junit.jupiter.api.Test;

/** What {@link PlainText} lets through unchecked, HAPI's datatypes take and give back unchanged. */
class PlainTextTest {

  @Test
  void everyPlainDateIsOneHapiKeepsAsItIs() {
    List<String> texts =
        new ArrayList<>(List.of("0999", "1000", "1582", "9999", "2026-1-01", "2026-01-1"));
    for (int year :
        new int[] {1000, 1582, 1583, 1584, 1899, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 9999}) {
      texts.add(Integer.toString(year));
      for (int month = 0; month <= 13; month++) {
        texts.add(String.format("%04d-%02d", year, month));
        for (int day = 0; day <= 32; day++) {
          texts.add(String.format("%04d-%02d-%02d", year, month, day));
        }
      }
    }
    int plain = 0;
    for (String text : texts) {
      if (PlainText.date(text)) {
        plain++;
        assertThat(kept(new DateType(text), text)).as(text).isTrue();
        assertThat(kept(new DateTimeType(text), text)).as(text).isTrue();
      } else if (text.length() == 10 && text.compareTo("1583") >= 0) {
        assertThat(refused(() -> new DateType(text))).as("refused by HAPI: " + text).isTrue();
      }
    }
    assertThat(plain).isGreaterThan(3000);
  }

  @Test
  void everyPlainDecimalIsOneHapiKeepsAsItIs() {
    List<String> plain = List.of("0", "-0", "1.50", "-12.0340", "10", "123456789012345678901.5");
    List<String> odd = List.of("01", "1.", ".5", "+1", "1e3", "1E-2", "-", "", " 1", "1,5", "--1");
    for (String text : plain) {
      assertThat(PlainText.decimal(text)).as(text).isTrue();
      assertThat(kept(new DecimalType(text), text)).as(text).isTrue();
    }
    for (String text : odd) {
      assertThat(PlainText.decimal(text)).as(text).isFalse();
    }
    assertThat(PlainText.decimal(null)).isFalse();
    assertThat(PlainText.date(null)).isFalse();
  }

  private static boolean kept(PrimitiveType<?> type, String text) {
    return text.equals(type.getValueAsString());
  }

  private static boolean refused(Runnable make) {
    try {
      make.run();
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }
}
