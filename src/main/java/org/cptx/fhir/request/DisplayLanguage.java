package org.cptx.fhir.request;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.cptx.terminology.DisplayLanguages;
import org.cptx.terminology.LanguageRequest;

/**
 * The display languages a request names, raw: the {@code displayLanguage} parameter, the {@code
 * Accept-Language} header and the {@code defaultDisplayLanguage} parameter. Which one an operation
 * uses is decided in one place, by {@link DisplayLanguages}.
 */
final class DisplayLanguage {

  /** The parameter naming the language to use when the request names none. */
  static final String DEFAULT = "defaultDisplayLanguage";

  private DisplayLanguage() {}

  static LanguageRequest read(OperationParameters params, RequestDetails details) {
    return read(params.string("displayLanguage").orElse(null), params, details);
  }

  /**
   * @param parameter the language the operation's own parameter names, or null
   */
  static LanguageRequest read(
      String parameter, OperationParameters params, RequestDetails details) {
    return new LanguageRequest(
        parameter, details.getHeader("Accept-Language"), params.string(DEFAULT).orElse(null));
  }
}
