package org.cptx.fhir.request;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cptx.terminology.messages.RequestMessages;
import org.cptx.terminology.valueset.SystemVersions;

/**
 * {@code system-version}, {@code force-system-version} and {@code check-system-version} into {@link
 * SystemVersions}.
 */
final class SystemVersionReader {

  private SystemVersionReader() {}

  static SystemVersions read(OperationParameters params) {
    return new SystemVersions(
            map(params, "system-version"),
            map(params, "force-system-version"),
            map(params, "check-system-version"))
        .withValueSetDefaults(map(params, "default-valueset-version"));
  }

  private static Map<String, String> map(OperationParameters params, String name) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String canonical : params.strings(name)) {
      int bar = canonical.indexOf('|');
      if (bar <= 0 || bar == canonical.length() - 1) {
        throw RequestMessages.wrongParameterType(
            params.operation(), name, "canonical of the form system|version");
      }
      map.put(canonical.substring(0, bar), canonical.substring(bar + 1));
    }
    return map;
  }
}
