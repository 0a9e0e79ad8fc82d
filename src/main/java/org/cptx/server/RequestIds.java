package org.cptx.server;

import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
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
    return sent != null && SANE.matcher(sent).matches() ? sent : newId();
  }

  /**
   * A random (version 4) UUID. An id names a request in logs and answers and guards nothing, so it
   * is drawn from the thread's own generator, not from the shared secure one every request would
   * queue on.
   */
  static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
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
