package org.cptx.fhir.request;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.regex.Pattern;
import org.cptx.terminology.messages.DisplayMessages;

/** The display language(s) of a request: the displayLanguage parameter, else the Accept-Language header; checked. */
final class DisplayLanguage {

  private static final String TAG = "(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q=[0-9.]{1,5})?";
  private static final Pattern LIST = Pattern.compile(TAG + "(\\s*,\\s*" + TAG + ")*");

  private DisplayLanguage() {}

  /**
   * As {@link #read(OperationParameters, RequestDetails)}, falling back to the displayLanguage the value set sets as
   * an expansion parameter, then to the value set's own language.
   */
  static String read(OperationParameters params, RequestDetails details, org.hl7.fhir.r4.model.ValueSet valueSet) {
    String asked = read(params, details);
    if (asked != null) {
      return asked;
    }
    return org.cptx.terminology.valueset.ValueSetDefaults.displayLanguage(valueSet)
        .orElse(valueSet.hasLanguage() ? valueSet.getLanguage() : null);
  }

  /** The raw value (for example {@code en, en-AU; q=0.4}), or null when the request names none. */
  static String read(OperationParameters params, RequestDetails details) {
    String value = params.string("displayLanguage").orElseGet(() -> details.getHeader("Accept-Language"));
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!LIST.matcher(value.trim()).matches()) {
      throw DisplayMessages.invalidLanguage(value);
    }
    return value.trim();
  }
}
