package org.cptx.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void numericPartsCompareAsNumbers() {
    List<String> versions =
        new ArrayList<>(List.of("2.10", "2.9", "10.0", "1.0.0", "2025", "2026"));
    versions.sort(Versions.ORDER);
    assertThat(versions).containsExactly("1.0.0", "2.9", "2.10", "10.0", "2025", "2026");
  }

  @Test
  void noVersionSortsFirst() {
    List<String> versions = new ArrayList<>(java.util.Arrays.asList("1", null));
    versions.sort(Versions.ORDER);
    assertThat(versions).containsExactly(null, "1");
  }
}
