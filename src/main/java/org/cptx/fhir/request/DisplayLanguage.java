package org.cptx.fhir.request;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cptx.terminology.messages.DisplayMessages;

/**
 * The display language(s) of a request: the displayLanguage parameter, else the Accept-Language header, else the
 * {@code defaultDisplayLanguage} parameter (the language a client wants when it asks for none); checked.
 */
final class DisplayLanguage {

  /** The parameter naming the language to use when the request names none. */
  static final String DEFAULT = "defaultDisplayLanguage";

  private static final String TAG = "(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q=[0-9.]{1,5})?";
  private static final Pattern LIST = Pattern.compile(TAG + "(\\s*,\\s*" + TAG + ")*");

  private DisplayLanguage() {}

  /**
   * The displayLanguage parameter, else the Accept-Language header, else the displayLanguage the value set sets as
   * an expansion parameter, then the value set's own language, then {@code defaultDisplayLanguage}.
   */
  static String read(OperationParameters params, RequestDetails details, org.hl7.fhir.r4.model.ValueSet valueSet) {
    String asked = asked(params, details);
    if (asked != null) {
      return asked;
    }
    return org.cptx.terminology.valueset.ValueSetDefaults.displayLanguage(valueSet)
        .or(() -> Optional.ofNullable(valueSet.hasLanguage() ? valueSet.getLanguage() : null))
        .orElseGet(() -> checked(params.string(DEFAULT).orElse(null)));
  }

  /** The raw value (for example {@code en, en-AU; q=0.4}), or null when the request names none. */
  static String read(OperationParameters params, RequestDetails details) {
    String asked = asked(params, details);
    return asked != null ? asked : checked(params.string(DEFAULT).orElse(null));
  }

  /** The displayLanguage parameter, else the Accept-Language header; checked; null when neither is given. */
  private static String asked(OperationParameters params, RequestDetails details) {
    return checked(params.string("displayLanguage").orElseGet(() -> details.getHeader("Accept-Language")));
  }

  private static String checked(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!LIST.matcher(value.trim()).matches()) {
      throw DisplayMessages.invalidLanguage(value);
    }
    return value.trim();
  }
}
