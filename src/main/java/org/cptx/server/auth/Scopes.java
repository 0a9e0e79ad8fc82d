package org.cptx.server.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMART scopes that grant reading a resource type: v1 ({@code system/CodeSystem.read}, {@code
 * system/*.read}, {@code .*}) and v2 ({@code system/CodeSystem.rs}: any permissions holding {@code
 * r} or {@code s}), in the {@code system}, {@code user} or {@code patient} context. Read from the
 * {@code scope} claim (a space-separated string) or {@code scp} (a string or a list, as some
 * identity providers send).
 */
final class Scopes {

  private static final Pattern SCOPE =
      Pattern.compile("(?:system|user|patient)/([A-Za-z*]+)\\.(read|\\*|c?r?u?d?s?)(?:\\?.*)?");

  private Scopes() {}

  static boolean grants(JWTClaimsSet claims, String resourceType) {
    for (String scope : of(claims)) {
      Matcher m = SCOPE.matcher(scope);
      if (m.matches()
          && (m.group(1).equals("*") || m.group(1).equals(resourceType))
          && reads(m.group(2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean reads(String permissions) {
    return permissions.equals("read")
        || permissions.equals("*")
        || permissions.contains("r")
        || permissions.contains("s");
  }

  static List<String> of(JWTClaimsSet claims) {
    List<String> scopes = new ArrayList<>();
    for (String claim : List.of("scope", "scp")) {
      Object value = claims.getClaim(claim);
      if (value instanceof String s) {
        scopes.addAll(List.of(s.trim().split("\\s+")));
      } else if (value instanceof List<?> list) {
        list.forEach(v -> scopes.add(String.valueOf(v)));
      }
    }
    return scopes;
  }
}
