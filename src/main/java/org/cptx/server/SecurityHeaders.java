package org.cptx.server;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every answer, the web app's and the FHIR API's: a Content-Security-Policy
 * that lets the web app load its own scripts, styles and data only (and read back the files it
 * makes itself, such as a CSV download, as {@code blob:} URLs) and never be framed, no MIME
 * sniffing, no referrer sent to other sites; and no {@code X-Powered-By}. The fields are encoded
 * once; they are put back if something cleared the headers before the answer is sent (an error
 * page).
 */
final class SecurityHeaders extends Handler.Wrapper {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final List<PreEncodedHttpField> FIELDS =
      List.of(
          new PreEncodedHttpField("Content-Security-Policy", CSP),
          new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
          new PreEncodedHttpField("Referrer-Policy", "no-referrer"),
          new PreEncodedHttpField("X-Frame-Options", "DENY"));

  private static final String POWERED_BY = "X-Powered-By";

  SecurityHeaders(Handler handler) {
    super(handler);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields.Mutable headers = response.getHeaders();
    FIELDS.forEach(headers::add);
    return super.handle(request, new Guarded(request, response), callback);
  }

  /** Checks the headers once, as the answer starts. */
  private static final class Guarded extends Response.Wrapper {

    Guarded(Request request, Response wrapped) {
      super(request, wrapped);
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      if (!isCommitted()) {
        HttpFields.Mutable headers = getHeaders();
        headers.remove(POWERED_BY);
        if (!headers.contains(FIELDS.get(0))) {
          FIELDS.forEach(headers::add);
        }
      }
      super.write(last, content, callback);
    }
  }
}
