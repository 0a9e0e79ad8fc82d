package org.cptx.server;

import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import org.cptx.fhir.response.Uuids;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Gives every answer an {@code X-Request-Id}: the client's, when it sent a sane one (1 to 64
 * letters, digits and {@code . _ : -}), else a new random one. The id is put back before the answer
 * is committed, so an error page that reset the headers carries it too. {@link RequestIdFilter}
 * puts it in the log lines of the request.
 */
final class RequestIds extends Handler.Wrapper {

  static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  RequestIds(Handler handler) {
    super(handler);
  }

  /** The client's id if it is sane, else a new one. */
  static String accept(String sent) {
    return sent != null && SANE.matcher(sent).matches() ? sent : Uuids.random();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String id = accept(request.getHeaders().get(HEADER));
    response.getHeaders().put(HEADER, id);
    return super.handle(request, new Tagged(request, response, id), callback);
  }

  /** Puts the id back if something cleared the headers before the first write. */
  private static final class Tagged extends Response.Wrapper {
    private final String id;

    Tagged(Request request, Response wrapped, String id) {
      super(request, wrapped);
      this.id = id;
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      if (!isCommitted() && !getHeaders().contains(HEADER)) {
        getHeaders().put(HEADER, id);
      }
      super.write(last, content, callback);
    }
  }
}
