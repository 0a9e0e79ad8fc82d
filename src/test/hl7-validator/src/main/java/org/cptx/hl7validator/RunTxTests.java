package org.cptx.hl7validator;

import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.r5.formats.IParser.OutputStyle;
import org.hl7.fhir.r5.formats.JsonParser;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.validation.special.TxTester;

/**
 * Runs the HL7 terminology-ecosystem conformance tests (the validator's TxTester) in general mode
 * against a server, from a local tests folder only (nothing is fetched from a package server), and
 * writes the runner's results ({@code test-results.json}, {@code actual/} beside {@code expected/})
 * and a TestReport ({@code report.json}) to the output folder. Usage: {@code RunTxTests TX_BASE
 * TESTS_DIR OUTPUT_DIR}. Exit 0: every test passed; 1: some failed.
 */
public final class RunTxTests {

  private RunTxTests() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !new File(args[1], "test-cases.json").isFile()) {
      System.err.println(
          "usage: RunTxTests TX_BASE TESTS_DIR OUTPUT_DIR (TESTS_DIR holds test-cases.json)");
      System.exit(2);
    }
    // the server under test is on loopback, which the validator's SSRF guard refuses by default
    ManagedWebAccess.setSsrfProtectionEnabled(false);
    TxTester tester =
        new TxTester(
            new TxTester.InternalTxLoader(new File(args[1]).getAbsolutePath()),
            args[0],
            false,
            null,
            null);
    boolean passed =
        tester.setOutput(args[2]).execute(new HashSet<>(Set.of("general")), null, null);
    try (OutputStream out = new FileOutputStream(new File(args[2], "report.json"))) {
      new JsonParser().setOutputStyle(OutputStyle.PRETTY).compose(out, tester.getTestReport());
    }
    System.exit(passed ? 0 : 1);
  }
}
