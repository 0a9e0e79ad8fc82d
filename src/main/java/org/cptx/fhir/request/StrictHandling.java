package org.cptx.fhir.request;

import ca.uhn.fhir.rest.api.PreferHandlingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;

/**
 * Whether a request asks for strict handling ({@code Prefer: handling=strict}): unknown parameters
 * are then refused.
 */
final class StrictHandling {

  static final String HEADER = "Prefer";

  private StrictHandling() {}

  static boolean asked(RequestDetails request) {
    String prefer = request.getHeader(HEADER);
    return prefer != null
        && RestfulServerUtils.parsePreferHeader(prefer).getHanding() == PreferHandlingEnum.STRICT;
  }
}
