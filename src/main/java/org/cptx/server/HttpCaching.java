package org.cptx.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import org.cptx.content.LoadedContent;
import org.cptx.terminology.CodeSystemInfo;
import org.cptx.terminology.CodeSystemProvider;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Caching headers for FHIR answers. Content never changes while a server runs, so a successful GET
 * gets an {@code ETag} (a hash of the content's identity — the cptx version and every code system's
 * canonical and concept count — and of the answer's bytes: two replicas on the same content give
 * the same tag), a {@code Cache-Control} ({@code private} when access control is on) and a 304 when
 * the client's {@code If-None-Match} names it. An error is never cached. Every FHIR answer varies
 * with {@code Accept}, {@code Accept-Language} and {@code Accept-Encoding}.
 */
final class HttpCaching {

  static final String VARY = "Accept, Accept-Language, Accept-Encoding";
  static final int MAX_AGE_SECONDS = 300;

  // the fixed headers, encoded once
  private static final HttpField VARY_FIELD = new PreEncodedHttpField(HttpHeader.VARY, VARY);
  private static final HttpField NO_STORE =
      new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
  private final HttpField cacheControl;
  private volatile byte[] contentId = new byte[0];

  HttpCaching(boolean privateAnswers) {
    this.cacheControl =
        new PreEncodedHttpField(
            HttpHeader.CACHE_CONTROL,
            (privateAnswers ? "private" : "public") + ", max-age=" + MAX_AGE_SECONDS);
  }

  /** Records the identity of the content the server answers from. */
  void identify(LoadedContent content) {
    StringBuilder id = new StringBuilder("cptx ").append(Version.current());
    content.registry().all().stream()
        .map(CodeSystemProvider::info)
        .sorted(Comparator.comparing(CodeSystemInfo::canonical))
        .forEach(
            info ->
                id.append('\n').append(info.canonical()).append(' ').append(info.conceptCount()));
    contentId = sha256().digest(id.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sets the caching headers of an answer about to be sent; true when the client's copy is current
   * and the answer is a 304 without a body.
   */
  boolean apply(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpFields.Mutable headers,
      ByteArrayOutputStream body)
      throws IOException {
    headers.put(VARY_FIELD);
    int status = response.getStatus();
    if (status >= 300) {
      headers.put(NO_STORE);
      return false;
    }
    if (!"GET".equals(request.getMethod()) || status != 200) {
      return false;
    }
    String tag = tag(body);
    headers.put(HttpHeader.ETAG, tag);
    headers.put(cacheControl);
    if (matches(request.getHeader("If-None-Match"), tag)) {
      response.setStatus(304);
      return true;
    }
    return false;
  }

  /**
   * The tag of an answer. An answer that stamps itself (an expansion's identifier and timestamp, a
   * search Bundle's id and lastUpdated) differs from request to request while saying the same
   * thing: its tag is a weak one, taken over the answer with those stamps left out, so a repeated
   * request gets a 304 and replicas agree.
   */
  private String tag(ByteArrayOutputStream body) throws IOException {
    MessageDigest digest = sha256();
    digest.update(contentId);
    // one char per byte, without decoding: the stamps are ASCII, which UTF-8 keeps as it is
    String text = body.toString(StandardCharsets.ISO_8859_1);
    String unstamped = Stamps.remove(text);
    if (unstamped == text) {
      body.writeTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
    } else {
      digest.update(unstamped.getBytes(StandardCharsets.ISO_8859_1));
    }
    String hash =
        Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 27);
    return (unstamped == text ? "" : "W/") + "\"" + hash + "\"";
  }

  /**
   * Whether an If-None-Match list names this tag (weak comparison, as RFC 9110 says for
   * If-None-Match).
   */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String trimmed = candidate.trim();
      if (trimmed.equals("*") || opaque(trimmed).equals(opaque(tag))) {
        return true;
      }
    }
    return false;
  }

  /** A tag without its weakness mark: weak comparison looks at this only. */
  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /** Looked up once: a lookup per answer costs more than hashing a small one. */
  private static final MessageDigest SHA_256;

  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
    }
  }
}
