package org.cptx.fhir.request;

import ca.uhn.fhir.rest.api.server.RequestDetails;

/** The first language of an Accept-Language header, used when no displayLanguage parameter is given. */
final class AcceptLanguage {

  private AcceptLanguage() {}

  static String first(RequestDetails details) {
    String header = details.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return null;
    }
    String first = header.split(",")[0].split(";")[0].trim();
    return first.isEmpty() || first.equals("*") ? null : first;
  }
}
