package org.cptx.terminology.codesystem.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeRangesTest {

  @Test
  void codesAndRanges() {
    CodeRanges r = CodeRanges.parse("20100-69990, 92920");
    assertThat(r.contains("20100")).isTrue();
    assertThat(r.contains("69990")).isTrue();
    assertThat(r.contains("47383")).isTrue();
    assertThat(r.contains("92920")).isTrue();
    assertThat(r.contains("20099")).isFalse();
    assertThat(r.contains("92921")).isFalse();
    assertThat(r.contains("47383:51")).isFalse();
  }

  @Test
  void rangesKeepTheirShape() {
    CodeRanges r = CodeRanges.parse("0001F-0999F");
    assertThat(r.contains("0500F")).isTrue();
    assertThat(r.contains("05000")).isFalse();
    assertThat(r.contains("0500T")).isFalse();
    assertThatThrownBy(() -> CodeRanges.parse("0001F-09999"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CodeRanges.parse("69990-20100"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CodeRanges.parse("20100,"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
