package org.cptx.server.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.cptx.server.Outcomes;
import org.cptx.terminology.messages.AccessMessages;

/**
 * Lets a FHIR request through only with a valid bearer token whose scopes grant reading the
 * resource type it is about (a request at the base, such as a batch, needs all three: CodeSystem,
 * ValueSet and ConceptMap). Open without a token: {@code metadata} and the SMART configuration. No
 * token or a bad one: 401 with {@code WWW-Authenticate: Bearer}; a good one without the scope: 403.
 */
final class AccessFilter implements Filter {

  static final List<String> TYPES = List.of("CodeSystem", "ValueSet", "ConceptMap");
  private static final Set<String> OPEN = Set.of("/metadata", SmartConfiguration.PATH);
  private static final String REALM = "Bearer realm=\"cptx\"";

  private final TokenVerifier verifier;

  AccessFilter(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String path =
        request
            .getRequestURI()
            .substring(
                Math.min(
                    request.getRequestURI().length(),
                    request.getContextPath().length() + "/fhir".length()));
    path = path.isEmpty() ? "/" : path;
    if (OPEN.contains(path)) {
      chain.doFilter(request, response);
      return;
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      response.setHeader("WWW-Authenticate", REALM);
      Outcomes.send(response, 401, AccessMessages.tokenMissing());
      return;
    }
    JWTClaimsSet claims;
    try {
      claims = verifier.verify(header.substring(7).trim());
    } catch (Exception e) {
      response.setHeader("WWW-Authenticate", REALM + ", error=\"invalid_token\"");
      Outcomes.send(response, 401, AccessMessages.tokenInvalid(e.getMessage()));
      return;
    }
    for (String type : typesOf(path)) {
      if (!Scopes.grants(claims, type)) {
        response.setHeader(
            "WWW-Authenticate",
            REALM + ", error=\"insufficient_scope\", scope=\"system/" + type + ".read\"");
        Outcomes.send(response, 403, AccessMessages.scopeMissing(type));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The resource types a request reads: the one its path names, or all three for the base and the
   * rest.
   */
  static List<String> typesOf(String path) {
    String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
    return TYPES.contains(first) ? List.of(first) : TYPES;
  }
}
