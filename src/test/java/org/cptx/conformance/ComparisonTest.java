package org.cptx.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cptx.conformance.TxTestResult.Outcome;
import org.junit.jupiter.api.Test;

/** The build's rule for conformance results, without running the conformance tests. */
class ComparisonTest {

  private static TxTestResult pass(String id) {
    String[] p = id.split("/");
    return new TxTestResult(p[0], p[1], Outcome.PASS, null);
  }

  private static TxTestResult fail(String id) {
    String[] p = id.split("/");
    return new TxTestResult(p[0], p[1], Outcome.FAIL, "differs");
  }

  @Test
  void aListedTestThatFailsBreaksTheBuild() {
    Comparison c = Comparison.of(Set.of("s/a", "s/b"), List.of(pass("s/a"), fail("s/b")));
    assertThat(c.broken()).isTrue();
    assertThat(c.regressions()).extracting(TxTestResult::id).containsExactly("s/b");
    assertThat(c.failureMessage()).contains("s/b: differs");
    assertThat(c.updatedList()).containsExactly("s/a", "s/b");
  }

  @Test
  void aNewlyPassingTestIsAddedWithoutBreakingTheBuild() {
    Comparison c = Comparison.of(Set.of("s/a"), List.of(pass("s/a"), pass("t/c"), fail("t/d")));
    assertThat(c.broken()).isFalse();
    assertThat(c.newlyPassing()).containsExactly("t/c");
    assertThat(c.updatedList()).containsExactly("s/a", "t/c");
  }

  @Test
  void aListedTestThatWasNotRunBreaksTheBuild() {
    Comparison c = Comparison.of(Set.of("s/gone"), List.of(pass("s/a")));
    assertThat(c.broken()).isTrue();
    assertThat(c.missing()).containsExactly("s/gone");
  }

  @Test
  void aMultiLineRunnerMessageBecomesOneLine() {
    assertThat(FailureReasons.oneLine("values differ at .code\nExpected:\"a\"\n  Actual  :\"b\"\n"))
        .isEqualTo("values differ at .code; Expected:\"a\"; Actual :\"b\"");
  }
}
