package org.cptx.hl7validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.utilities.ByteProvider;
import org.hl7.fhir.utilities.TimeTracker;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.validation.ValidationEngine;
import org.hl7.fhir.validation.ValidationRecord;
import org.hl7.fhir.validation.service.PassiveExpiringSessionCache;
import org.hl7.fhir.validation.service.ValidationService;
import org.hl7.fhir.validation.service.model.InstanceValidatorParameters;
import org.hl7.fhir.validation.service.model.ValidationContext;
import org.hl7.fhir.validation.service.model.ValidationContextUtilities;
import org.hl7.fhir.validation.service.model.ValidationEngineParameters;

/**
 * Validates FHIR R4 JSON files with the HL7 FHIR Validator, as its command line does ({@code
 * -version 4.0.1 -tx URL -locale en -no-ecosystem -txLog FILE file...}), and writes the issues it
 * reports per file (see {@link IssueReport}).
 *
 * <pre>RunValidator --tx BASE --home DIR --out FILE.json [--tx-log FILE.txt] FILE...</pre>
 *
 * {@code --home} becomes {@code user.home}: the validator's settings and package cache live there,
 * never in the real home. Exit 0 once every file is validated (whatever the issues), 2 for bad
 * arguments, 3 when the validator could not run.
 */
public final class RunValidator {

  static final String VALIDATOR_VERSION = "6.10.4";

  private RunValidator() {}

  public static void main(String[] args) {
    int status;
    try {
      status = run(Arguments.parse(args));
    } catch (IllegalArgumentException e) {
      System.err.println(
          "RunValidator: "
              + e.getMessage()
              + "\nusage: RunValidator --tx BASE --home DIR"
              + " --out FILE.json [--tx-log FILE.txt] FILE...");
      status = 2;
    } catch (Exception e) {
      System.err.println("RunValidator: the validator failed: " + e);
      e.printStackTrace();
      status = 3;
    }
    // the validator leaves non-daemon threads behind
    System.exit(status);
  }

  private static String txCache(Path home) throws java.io.IOException {
    return Files.createDirectories(home.resolve("tx-cache")).toAbsolutePath().toString();
  }

  private static int run(Arguments a) throws Exception {
    System.setProperty("user.home", a.home().toAbsolutePath().toString());
    new PackageCache(a.home()).prepare();
    // loopback http:// is what the tests use; the validator refuses it unless told otherwise
    ManagedWebAccess.setSsrfProtectionEnabled(false);

    List<String> sources = a.files().stream().map(p -> p.toAbsolutePath().toString()).toList();
    ValidationContext context =
        new ValidationContext()
            .setSv("4.0.1")
            .setTxServer(a.tx())
            .setTxLog(a.txLog() == null ? null : a.txLog().toAbsolutePath().toString())
            .setNoEcosystem(true)
            .setLocale("en")
            .setShowMessageIds(true)
            .setSources(new ArrayList<>(sources));
    ValidationEngineParameters engineParameters =
        ValidationContextUtilities.getValidationEngineParameters(context)
            // a terminology cache of this run's own, emptied: every answer comes from the server,
            // none from a past run
            .setTxCache(txCache(a.home()))
            .setClearTxCache(true);
    InstanceValidatorParameters instanceParameters =
        ValidationContextUtilities.getInstanceValidatorParameters(context);
    ValidationEngine engine =
        new ValidationService(new PassiveExpiringSessionCache())
            .initializeValidator(
                engineParameters,
                instanceParameters,
                PackageCache.CORE,
                new TimeTracker(),
                sources);

    IssueReport report = new IssueReport(VALIDATOR_VERSION, a.tx());
    for (Path file : a.files()) {
      List<ValidationRecord> records = new ArrayList<>();
      engine.validate(
          file.toAbsolutePath().toString(),
          ByteProvider.forBytes(Files.readAllBytes(file)),
          FhirFormat.JSON,
          instanceParameters,
          records);
      report.add(file, records.isEmpty() ? List.of() : records.get(0).getMessages());
    }
    report.write(a.out());
    System.err.println(
        "RunValidator: validated " + a.files().size() + " file(s); issues in " + a.out());
    return 0;
  }
}
