package org.cptx.conformance;

/**
 * The outcome of one conformance test: {@code suite/test}, pass or not, and a one-line reason when
 * not.
 */
record TxTestResult(String suite, String test, Outcome outcome, String reason) {

  enum Outcome {
    PASS,
    FAIL,
    ERROR
  }

  String id() {
    return suite + "/" + test;
  }

  boolean passed() {
    return outcome == Outcome.PASS;
  }
}
