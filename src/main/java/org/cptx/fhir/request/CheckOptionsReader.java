package org.cptx.fhir.request;

import org.cptx.terminology.CheckOptions;

/** How a $validate-code checks each coding: the display language, {@code lenient-display-validation}, {@code units}. */
final class CheckOptionsReader {

  private CheckOptionsReader() {}

  /** @param displayLanguage the display language the request asks for (each operation has its own fallbacks) */
  static CheckOptions read(OperationParameters params, String displayLanguage) {
    return new CheckOptions(displayLanguage, params.bool("lenient-display-validation").orElse(false),
        Units.read(params));
  }
}
