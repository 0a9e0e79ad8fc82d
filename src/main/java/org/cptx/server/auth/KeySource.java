package org.cptx.server.auth;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;

/**
 * Where the signing keys come from. A URL: fetched, cached, and fetched again (at most every few
 * seconds) when a token names a key id the cache does not hold, as after the identity provider
 * rotates its keys. A file: read at start-up, and read again under the same rule.
 */
final class KeySource {

  private static final long RELOAD_MILLIS = 5_000;

  private KeySource() {}

  static JWKSource<SecurityContext> of(String jwks) {
    if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
      try {
        return JWKSourceBuilder.create(URI.create(jwks).toURL()).retrying(true).build();
      } catch (java.net.MalformedURLException e) {
        throw new IllegalArgumentException("not a JWKS URL: " + jwks, e);
      }
    }
    return new FileKeys(Path.of(jwks));
  }

  /**
   * A JWKS file, read again when a token's key is not in it (at most every {@link #RELOAD_MILLIS}).
   */
  private static final class FileKeys implements JWKSource<SecurityContext> {
    private final Path file;
    private volatile JWKSet keys;
    private volatile long loadedAt;

    FileKeys(Path file) {
      this.file = file;
      try {
        this.keys = load();
      } catch (KeySourceException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      this.loadedAt = System.currentTimeMillis();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
      List<JWK> found = selector.select(keys);
      if (found.isEmpty() && System.currentTimeMillis() - loadedAt > RELOAD_MILLIS) {
        synchronized (this) {
          keys = load();
          loadedAt = System.currentTimeMillis();
        }
        found = selector.select(keys);
      }
      return found;
    }

    private JWKSet load() throws KeySourceException {
      try {
        return JWKSet.parse(Files.readString(file));
      } catch (IOException | ParseException e) {
        throw new KeySourceException(
            "cannot read the JWKS file " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
