package org.cptx.fhir.request;

import java.util.Optional;
import org.cptx.terminology.CheckOptions;
import org.cptx.terminology.messages.RequestMessages;

/**
 * How a $validate-code checks each coding: the display language, lenient displays ({@code
 * lenient-display-validation=true} or {@code mode=lenient-display-validation}), {@code units}.
 */
final class CheckOptionsReader {

  /** The parameter through which the HL7 validator asks for lenient displays. */
  static final String MODE = "mode";

  static final String LENIENT = "lenient-display-validation";

  private CheckOptionsReader() {}

  /**
   * @param displayLanguage the display language the request asks for (each operation has its own
   *     fallbacks)
   */
  static CheckOptions read(OperationParameters params, String displayLanguage) {
    return new CheckOptions(
        displayLanguage,
        params.bool(LENIENT).orElse(false) || lenientMode(params),
        Units.read(params));
  }

  /** Whether the answer is to carry a {@code diagnostics} text. */
  static boolean diagnostics(OperationParameters params) {
    return params.bool("diagnostics").orElse(false);
  }

  private static boolean lenientMode(OperationParameters params) {
    Optional<String> mode = params.string(MODE);
    if (mode.isPresent() && !LENIENT.equals(mode.get())) {
      throw RequestMessages.wrongParameterType(params.operation(), MODE, "code: '" + LENIENT + "'");
    }
    return mode.isPresent();
  }
}
